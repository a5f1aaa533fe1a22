using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using Newtonsoft.Json;
using Verwerkers.Storage;
using Xunit;

namespace Verwerkers.Tests.Storage;

/// <summary>
/// The strict tokenizer (<see cref="StrictJsonTokenizer"/>): on RFC 8259 JSON it gives exactly Json.NET's tokens, values,
/// paths, lines and positions; what RFC 8259 does not allow is refused with the message, path, line and position the
/// strict pass in front of Json.NET gave before; other syntax errors keep Json.NET's wording and place.
/// </summary>
public class StrictJsonTokenizerTests
{
    // text, comments allowed, message, path, line, position. The expected values are what StrictJsonText in front of
    // JsonTextReader gave for the same text (recorded from that pipeline before it was replaced).
    public static TheoryData<string, bool, string, string, int, int> Refusals() => new()
    {
        { "{\"a\": [1, 2,]}", true, "A comma stands before ']' (a trailing comma); remove it.", "a[2]", 1, 13 },
        { "{\"a\": 1,\n \"b\": 2,\n}", true, "A comma stands before '}' (a trailing comma); remove it.", "$", 3, 1 },
        { "{\"a\": [1,}", true, "A comma stands before '}' (a trailing comma); remove it.", "a[1]", 1, 10 },
        { "{'a': 1}", true, "A property name stands in single quotes; JSON uses double quotes (\"name\").", "$", 1, 2 },
        { "{\"a\": 'x'}", true, "A string stands in single quotes; JSON uses double quotes (\"text\").", "a", 1, 7 },
        { "{a: 1}", true, "A property name stands without quotes; write it in double quotes (\"name\").", "$", 1, 2 },
        { "{\"a\": NaN}", true, "'NaN' is not a JSON value; JSON has numbers, strings, true, false and null.", "a", 1, 7 },
        { "{\"a\": [Infinity]}", true, "'Infinity' is not a JSON value; JSON has numbers, strings, true, false and null.", "a[0]", 1, 8 },
        { "{\"a\": -Infinity}", true, "'-Infinity' is not a JSON value; JSON has numbers, strings, true, false and null.", "a", 1, 7 },
        { "{\"a\": undefined}", true, "'undefined' is not a JSON value; JSON has numbers, strings, true, false and null.", "a", 1, 7 },
        { "{\"a\": 01}", true, "'01' is not a JSON number; write numbers such as 12, -3, 0.5 or 1e9 (no leading zeros, plus signs or hexadecimal).", "a", 1, 7 },
        { "{\"a\": +1}", true, "'+1' is not a JSON number; write numbers such as 12, -3, 0.5 or 1e9 (no leading zeros, plus signs or hexadecimal).", "a", 1, 7 },
        { "{\"a\": 0x1F}", true, "'0x1F' is not a JSON number; write numbers such as 12, -3, 0.5 or 1e9 (no leading zeros, plus signs or hexadecimal).", "a", 1, 7 },
        { "{\"a\": 1.}", true, "'1.' is not a JSON number; write numbers such as 12, -3, 0.5 or 1e9 (no leading zeros, plus signs or hexadecimal).", "a", 1, 7 },
        { "{\"a\": .5}", true, "'.5' is not a JSON number; write numbers such as 12, -3, 0.5 or 1e9 (no leading zeros, plus signs or hexadecimal).", "a", 1, 7 },
        { "{\"a\": 1e}", true, "'1e' is not a JSON number; write numbers such as 12, -3, 0.5 or 1e9 (no leading zeros, plus signs or hexadecimal).", "a", 1, 7 },
        { "{\"a\": tru}", true, "'tru' is not a JSON value; write text in double quotes (\"tru\").", "a", 1, 7 },
        { "{\"a\": \"x\ty\"}", true, "The control character U+0009 stands unescaped inside a string; write it as an escape such as \\u0009.", "a", 1, 9 },
        { "{\"a\": \"x\ny\"}", true, "A line break stands inside a string: is a closing quote missing? (A line break in text is written as \\n.)", "a", 1, 9 },
        { "{\"a\":\r\n \"x\r\ny\"}", true, "A line break stands inside a string: is a closing quote missing? (A line break in text is written as \\n.)", "a", 2, 4 },
        { "{\"a\": \"x\\qy\"}", true, "'\\q' is not a JSON escape; use one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX.", "a", 1, 10 },
        { "{\"a\": \"x\\'y\"}", true, "'\\'' is not a JSON escape; use one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX.", "a", 1, 10 },
        { "{\"a\tb\": 1}", true, "The control character U+0009 stands unescaped inside a string; write it as an escape such as \\u0009.", "$", 1, 4 },
        { "{\"a\": 1 /* c */}", false, "Comments are not allowed in JSON; remove them.", "a", 1, 9 },
        { "{\"a\": {\"b\": [0, {\"c\": 1, \"d\": [true, falsy]}]}}", true, "'falsy' is not a JSON value; write text in double quotes (\"falsy\").", "a.b[1].d[1]", 1, 38 },
        { "{\"a\": \"x", true, "Unterminated string. Expected delimiter: \". Path 'a', line 1, position 8.", "a", 1, 8 },
        { "{\"a\" 1}", true, "Invalid character after parsing property name. Expected ':' but got: 1. Path '', line 1, position 5.", "", 1, 5 },
        { "{\"a\": 1 \"b\": 2}", true, "After parsing a value an unexpected character was encountered: \". Path 'a', line 1, position 8.", "a", 1, 8 },
        { "{\"a\": [1}", true, "JsonToken EndObject is not valid for closing JsonType Array. Path 'a', line 1, position 9.", "a", 1, 9 },
        { "{\"a\": 1]", true, "JsonToken EndArray is not valid for closing JsonType Object. Path '', line 1, position 8.", "", 1, 8 },
        { "{\"a\": 1} x", true, "Additional text encountered after finished reading JSON content: x. Path '', line 1, position 9.", "", 1, 9 },
        { "{\"a\": \"\\u12G4\"}", true, "Invalid Unicode escape sequence: \\u12G4. Path 'a', line 1, position 9.", "a", 1, 9 },
        { "{\"a\": \"\\u12", true, "Unexpected end while parsing Unicode escape sequence. Path 'a', line 1, position 9.", "a", 1, 9 },
        { "{\"a\": 1 /x}", true, "Error parsing comment. Expected: *, got x. Path 'a', line 1, position 9.", "a", 1, 9 },
        { "{\"a\": 1 /x}", false, "Comments are not allowed in JSON; remove them.", "a", 1, 9 },
        { "{\"a\": 1, \"b\": 2, @}", true, "Invalid property identifier character: @. Path 'b', line 1, position 17.", "b", 1, 17 },
        { "{\"a\": true\"}", true, "Error parsing boolean value. Path 'a', line 1, position 10.", "a", 1, 10 },
        { "{\"a\": 1\"}", true, "Unexpected character encountered while parsing number: \". Path 'a', line 1, position 7.", "a", 1, 7 },
        { "[}", true, "Unexpected character encountered while parsing value: }. Path '', line 1, position 1.", "", 1, 1 },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Each_refusal_keeps_the_message_path_line_and_position_of_before(string json, bool allowComments, string message, string path, int line, int position)
    {
        var error = Refusal(json, allowComments);

        (error.Message, error.Path, error.Line, error.Position).Should().Be((message, path, line, position));
    }

    [Fact]
    public void RFC_8259_JSON_gives_the_tokens_values_paths_and_positions_of_JsonTextReader()
    {
        foreach (var json in ValidTexts())
        {
            foreach (var floats in new[] { FloatParseHandling.Double, FloatParseHandling.Decimal })
            {
                var expected = Outcome(new JsonTextReader(new StringReader(json)), floats);
                var actual = Outcome(new StrictJsonTokenizer(new StringReader(json), allowComments: true), floats);

                actual.Should().Equal(expected, json.Length < 200 ? json : "the example register");
            }
        }
    }

    [Fact]
    public void Comments_where_they_are_allowed_are_tokens_as_JsonTextReader_gives_them()
    {
        const string json = "// head\n{ /* a */ \"a\": /* b */ 1 // c\r\n, \"b\": [ /* d\n e */ ] } /* tail */";

        var expected = Tokens(new JsonTextReader(new StringReader(json)), FloatParseHandling.Double);
        var actual = Tokens(new StrictJsonTokenizer(new StringReader(json), allowComments: true), FloatParseHandling.Double);

        actual.Should().Equal(expected);
        actual.Count(t => t.StartsWith("Comment", StringComparison.Ordinal)).Should().Be(6);
    }

    [Fact]
    public void A_text_that_arrives_one_character_at_a_time_reads_the_same_as_one_in_a_single_block()
    {
        var texts = ValidTexts().Concat(Refusals().Select(row => (string)row[0])).Append("{\"a\": \"" + new string('x', 100_000) + "\\u00e9\"}");
        foreach (var json in texts)
        {
            var whole = Outcome(new StrictJsonTokenizer(new StringReader(json), allowComments: true), FloatParseHandling.Double);
            var trickled = Outcome(new StrictJsonTokenizer(new OneCharacterAtATime(json), allowComments: true), FloatParseHandling.Double);

            trickled.Should().Equal(whole, json.Length < 200 ? json : "a long text");
        }
    }

    [Fact]
    public void Nesting_beyond_MaxDepth_is_Json_NET_s_depth_error_at_the_bracket_that_exceeds_it()
    {
        var json = "{\"a\": " + new string('[', 100_000);
        using var reader = new StrictJsonTokenizer(new StringReader(json), allowComments: false) { MaxDepth = 64 };

        var error = Assert.Throws<JsonReaderException>(() => { while (reader.Read()) { } });

        error.Message.Should().StartWith("The reader's MaxDepth of 64 has been exceeded.");
        (error.LineNumber, error.LinePosition).Should().Be((1, 6 + 64));
    }

    // ---- where the tokenizer differs from the pass in front of Json.NET --------------------------------------------

    [Theory]
    [InlineData("{\"a\":\u00A01}", 1, 6, "U+00A0", "a")]
    [InlineData("{\"a\": 1,\n\u2028\"b\": 2}", 2, 1, "U+2028", "$")]
    [InlineData("[1,\v2]", 1, 4, "U+000B", "[1]")]
    [InlineData("{\"a\"\u0000: 1}", 1, 5, "U+0000", "a")]
    public void White_space_that_RFC_8259_does_not_allow_between_values_is_refused(string json, int line, int position, string character, string path)
    {
        // Before, Json.NET skipped it silently and the strict pass stopped checking the rest of the file.
        var error = Refusal(json, allowComments: true);

        error.Message.Should().Be($"The character {character} stands between JSON values, where only spaces, tabs and line breaks may stand; remove it.");
        (error.Path, error.Line, error.Position).Should().Be((path, line, position));
    }

    [Fact]
    public void A_property_name_without_quotes_that_starts_with_a_digit_is_refused_like_any_unquoted_name()
    {
        // Before, Json.NET read {1: 2} as a property named "1".
        Refusal("{1: 2}", allowComments: true).Should().Be(("A property name stands without quotes; write it in double quotes (\"name\").", "$", 1, 2));
    }

    [Fact]
    public void A_comma_where_a_value_belongs_is_a_syntax_error_instead_of_an_undefined_value()
    {
        Refusal("[1,,2]", allowComments: true).Should().Be(("Unexpected character encountered while parsing value: ,. Path '[0]', line 1, position 3.", "[0]", 1, 3));
    }

    [Fact]
    public void A_carriage_return_alone_ends_a_line_in_strict_messages_too()
    {
        Refusal("{\"a\": 1,\r\"b\": 01}", allowComments: true).Should().Be(("'01' is not a JSON number; write numbers such as 12, -3, 0.5 or 1e9 (no leading zeros, plus signs or hexadecimal).", "b", 2, 6));
    }

    [Fact]
    public void A_strict_message_names_an_escaped_property_name_as_it_reads()
    {
        Refusal("{\"caf\\u00e9\": 01}", allowComments: true).Path.Should().Be("caf\u00e9");
    }

    [Fact]
    public void A_bare_word_at_the_very_end_of_the_text_is_a_strict_error_like_anywhere_else()
    {
        Refusal("[tru", allowComments: true).Should().Be(("'tru' is not a JSON value; write text in double quotes (\"tru\").", "[0]", 1, 2));
    }

    [Fact]
    public void Register_files_refuse_white_space_that_JSON_does_not_allow_with_its_line_and_position()
    {
        var json = RegisterJson.ToJson(ExampleRegister.Create()).Replace("\"schemaVersion\": 1", "\"schemaVersion\":\u00A01", StringComparison.Ordinal);

        var problem = ((Action)(() => RegisterJson.Parse(json))).Should().Throw<RegisterFormatException>().Which.Problems.Should().ContainSingle().Subject;

        problem.Message.Should().Be("The file is not valid JSON: The character U+00A0 stands between JSON values, where only spaces, tabs and line breaks may stand; remove it.");
        (problem.Path, problem.Line, problem.Position).Should().Be(("schemaVersion", 2, 19));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static IEnumerable<string> ValidTexts()
    {
        yield return RegisterJson.ToJson(ExampleRegister.Create());
        yield return RegisterJson.ToJson(ExampleRegister.Create()).Replace("\n", "\r\n", StringComparison.Ordinal);
        yield return "{\"s\": [\"\", \"plain\", \"q\\\"b\\\\s\\/f\\b\\f\\n\\r\\t\", \"\\u00e9\\u20AC\", \"\\ud83d\\ude00\", \"\\ud83d\", \"\\ude00x\", \"\\ud83d\\ud83d\\ude00\", \"\\ud83dx\", \"caf\u00e9 \ud83d\ude00\"]}";
        yield return "{\"n\": [0, -0, 7, -7, 10, 1234567890, 9223372036854775807, -9223372036854775808, 9223372036854775808, -9223372036854775809, 123456789012345678901234567890]}";
        yield return "{\"f\": [0.5, -0.5, 1.0, 1e5, 1E5, 1e+5, 1e-5, -1.25e-3, 0.1, 123.456e7, 1.7976931348623157e308, 5e-324]}";
        yield return "[true, false, null, {}, [], [[]], [{}], {\"a\": {}}, {\"a\": []}]";
        yield return "\t[\r\n 1 ,\n\n\t2\r\n]\n";
        yield return "{\"\": 1, \"a b\": 2, \"a.b\": 3, \"a[0]\": 4, \"x\\u0041\": 5}";
        yield return "  \"just a string\"  ";
        yield return "42";
        yield return string.Empty;
        yield return "   \n ";
        yield return "{\"deep\": " + string.Concat(Enumerable.Repeat("[{\"a\": ", 20)) + "1" + string.Concat(Enumerable.Repeat("}]", 20)) + "}";
        var random = new Random(14);
        for (var i = 0; i < 200; i++)
        {
            yield return RandomJson(random, 0);
        }
    }

    private static string RandomJson(Random random, int depth)
    {
        switch (depth > 4 ? random.Next(4) : random.Next(6))
        {
            case 0:
                return new[] { "true", "false", "null" }[random.Next(3)];
            case 1:
                return new[] { "0", "-1", "42", "3.25", "-0.5e3", "1E-7", "99999999999999999999" }[random.Next(7)];
            case 2:
            case 3:
                return "\"" + new[] { "", "a", "NL", "line\\nbreak", "\\u00e9", "tab\\tx", "slash\\/", "\\\"q\\\"" }[random.Next(8)] + "\"";
            case 4:
                return "[" + string.Join(new[] { ",", ", ", " ,\n  ", ",\r\n" }[random.Next(4)], Enumerable.Range(0, random.Next(4)).Select(_ => RandomJson(random, depth + 1))) + "]";
            default:
                return "{" + string.Join(", ", Enumerable.Range(0, random.Next(4)).Select(i => "\"k" + i + "\" : " + RandomJson(random, depth + 1))) + "\n}";
        }
    }

    private static List<string> Tokens(JsonReader reader, FloatParseHandling floats)
    {
        using (reader)
        {
            reader.DateParseHandling = DateParseHandling.None;
            reader.FloatParseHandling = floats;
            reader.MaxDepth = 64;
            var info = (IJsonLineInfo)reader;
            var tokens = new List<string>();
            try
            {
                while (reader.Read())
                {
                    tokens.Add(Describe(reader, info));
                }
            }
            catch (JsonReaderException e)
            {
                tokens.Add($"json {e.Message}");
                return tokens;
            }

            tokens.Add("end " + Describe(reader, info));
            return tokens;
        }
    }

    private static string Describe(JsonReader reader, IJsonLineInfo info) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{reader.TokenType} {reader.ValueType?.Name} {reader.Value} {reader.Path} {info.LineNumber}:{info.LinePosition} {reader.Depth}");

    /// <summary>Every token, then the error if any (its message names the path, line and position).</summary>
    private static List<string> Outcome(JsonReader reader, FloatParseHandling floats)
    {
        var outcome = new List<string>();
        try
        {
            outcome.AddRange(Tokens(reader, floats));
        }
        catch (StrictJsonException e)
        {
            outcome.Add($"strict {e.Problem}");
        }

        return outcome;
    }

    private static (string Message, string Path, int Line, int Position) Refusal(string json, bool allowComments)
    {
        using var reader = new StrictJsonTokenizer(new StringReader(json), allowComments) { MaxDepth = 64 };
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (StrictJsonException e)
        {
            return (e.Problem.Message, e.Problem.Path!, e.Problem.Line, e.Problem.Position);
        }
        catch (JsonReaderException e)
        {
            return (e.Message, e.Path!, e.LineNumber, e.LinePosition);
        }

        throw new Xunit.Sdk.XunitException($"'{json}' was read without an error.");
    }

    /// <summary>A text that hands out one character per read, so that every token crosses a block boundary.</summary>
    private sealed class OneCharacterAtATime : TextReader
    {
        private readonly string _text;
        private int _next;

        public OneCharacterAtATime(string text) => _text = text;

        public override int Read(char[] buffer, int index, int count)
        {
            if (count == 0 || _next == _text.Length)
            {
                return 0;
            }

            buffer[index] = _text[_next++];
            return 1;
        }
    }
}
