using System;
using System.Globalization;
using System.IO;
using System.Numerics;
using Newtonsoft.Json;

namespace Verwerkers;

/// <summary>
/// A JSON tokenizer for Newtonsoft.Json's <see cref="JsonReader"/> that accepts only RFC 8259 JSON: what Json.NET's
/// own <see cref="JsonTextReader"/> silently accepts (trailing commas, single-quoted strings, unquoted property names,
/// <c>NaN</c>/<c>Infinity</c>/<c>undefined</c>, numbers with leading zeros, a plus sign or in hexadecimal, raw control
/// characters inside strings, white space other than space, tab and line breaks, and, unless allowed, comments) is a
/// <see cref="StrictJsonException"/> with its line and position. Other syntax errors (an unterminated string, a
/// missing colon, a wrong closing bracket) are a <see cref="JsonReaderException"/> in Json.NET's words, at the place
/// Json.NET names.
/// </summary>
/// <remarks>
/// One pass over the text in large blocks, constant work per character, an explicit stack of open containers (no
/// recursion on the input's depth). The base class keeps <see cref="JsonReader.Path"/> and enforces
/// <see cref="JsonReader.MaxDepth"/>. Tokens, values, paths, lines and positions are those of
/// <see cref="JsonTextReader"/> with <see cref="DateParseHandling.None"/>: integers as <see cref="long"/> (a
/// <see cref="BigInteger"/> beyond), other numbers by <see cref="JsonReader.FloatParseHandling"/>, lone surrogates
/// in <c>\u</c> escapes replaced by U+FFFD. A token longer than a block (a long string) grows a scratch buffer to its
/// length, bounded by the caller's limit on the input.
/// </remarks>
internal sealed class StrictJsonTokenizer : JsonReader, IJsonLineInfo
{
    private const int BlockSize = 32 * 1024;
    private const int MaxKeyLength = 200; // in a path of a strict message
    private const int MaximumIntegerLength = 380; // Json.NET's limit for a BigInteger
    private static readonly object True = true;
    private static readonly object False = false;

    private readonly TextReader _reader;
    private readonly bool _allowComments;
    private char[] _buffer = new char[BlockSize];
    private int _pos;
    private int _end;
    private long _bufferStart;   // offset in the text of _buffer[0]
    private long _lineStart;     // offset in the text of the current line's first character
    private int _line = 1;
    private bool _endOfText;
    private char[] _scratch = new char[256];
    private int _scratchLength;
    private Scope[] _scopes = new Scope[16];
    private int _depth;
    private Expect _expect = Expect.Value;
    private bool _afterComma;

    /// <summary>Initializes a reader over a text.</summary>
    /// <param name="reader">The text; disposed with this reader when <see cref="JsonReader.CloseInput"/> is set.</param>
    /// <param name="allowComments">Whether <c>//</c> and <c>/* */</c> comments are read (as <see cref="JsonToken.Comment"/>) instead of refused.</param>
    public StrictJsonTokenizer(TextReader reader, bool allowComments)
    {
        _reader = reader;
        _allowComments = allowComments;
        DateParseHandling = DateParseHandling.None;
    }

    private enum Expect
    {
        Value,
        Key,
        AfterValue,
    }

    /// <summary>Gets or sets the table that turns property names into shared strings (null: a new string per name).</summary>
    public JsonNameTable? PropertyNameTable { get; set; }

    /// <inheritdoc/>
    public int LineNumber => CurrentState == State.Start && LinePosition == 0 && TokenType != JsonToken.Comment ? 0 : _line;

    /// <inheritdoc/>
    public int LinePosition => (int)(_bufferStart + _pos - _lineStart);

    /// <inheritdoc/>
    public bool HasLineInfo() => true;

    /// <inheritdoc/>
    public override bool Read()
    {
        while (true)
        {
            if (!SkipWhiteSpace())
            {
                if (_expect == Expect.AfterValue)
                {
                    SetToken(JsonToken.None);
                }

                return false;
            }

            var c = _buffer[_pos];
            if (c == '/')
            {
                ReadComment();
                return true;
            }

            switch (_expect)
            {
                case Expect.Value:
                    ReadValue(c);
                    return true;
                case Expect.Key:
                    ReadProperty(c);
                    return true;
                default:
                    if (_depth == 0)
                    {
                        throw Error($"Additional text encountered after finished reading JSON content: {c}.");
                    }

                    if (c == ',')
                    {
                        _pos++;
                        _afterComma = true;
                        ref var scope = ref _scopes[_depth - 1];
                        if (scope.IsObject)
                        {
                            scope.HasKey = false; // Between two properties: the path is the object's.
                            _expect = Expect.Key;
                        }
                        else
                        {
                            scope.Index++;
                            _expect = Expect.Value;
                        }

                        continue;
                    }

                    if (c is '}' or ']')
                    {
                        Close(c);
                        return true;
                    }

                    throw Unexpected(c, "After parsing a value an unexpected character was encountered: {0}.");
            }
        }
    }

    /// <inheritdoc/>
    public override void Close()
    {
        base.Close();
        if (CloseInput)
        {
            _reader.Dispose();
        }
    }

    // ---- tokens ------------------------------------------------------------------------------------------------

    private void ReadValue(char c)
    {
        switch (c)
        {
            case '{':
            case '[':
                _pos++;
                Push(c == '{');
                SetToken(c == '{' ? JsonToken.StartObject : JsonToken.StartArray);
                return;
            case ']' or '}' when _afterComma:
                throw Strict($"A comma stands before '{c}' (a trailing comma); remove it.");
            case ']':
                Close(c);
                return;
            case '"':
                _pos++;
                ReadString(out var start, out var length, out var inScratch);
                var text = new string(inScratch ? _scratch : _buffer, start, length);
                AfterValue();
                SetToken(JsonToken.String, text);
                return;
            case '\'':
                throw Strict("A string stands in single quotes; JSON uses double quotes (\"text\").");
            default:
                if (char.IsLetterOrDigit(c) || c is '-' or '+' or '.')
                {
                    ReadWord(c);
                    return;
                }

                throw Unexpected(c, "Unexpected character encountered while parsing value: {0}.");
        }
    }

    private void ReadProperty(char c)
    {
        if (c == '}')
        {
            if (_afterComma)
            {
                throw Strict("A comma stands before '}' (a trailing comma); remove it.");
            }

            Close(c);
            return;
        }

        if (c == '\'')
        {
            throw Strict("A property name stands in single quotes; JSON uses double quotes (\"name\").");
        }

        if (char.IsLetterOrDigit(c) || c is '_' or '$')
        {
            throw Strict("A property name stands without quotes; write it in double quotes (\"name\").");
        }

        if (c != '"')
        {
            throw Unexpected(c, "Invalid property identifier character: {0}.");
        }

        _pos++;
        ReadString(out var start, out var length, out var inScratch);
        var chars = inScratch ? _scratch : _buffer;
        var name = PropertyNameTable?.Get(chars, start, length) ?? new string(chars, start, length);

        ref var scope = ref _scopes[_depth - 1];
        scope.Key = name;
        scope.HasKey = true;
        if (!SkipWhiteSpace())
        {
            throw Error("Invalid character after parsing property name. Expected ':' but got: \0.");
        }

        c = _buffer[_pos];
        if (c != ':')
        {
            if (c == '/' && !_allowComments)
            {
                throw Strict("Comments are not allowed in JSON; remove them.");
            }

            throw Unexpected(c, "Invalid character after parsing property name. Expected ':' but got: {0}.");
        }

        _pos++;
        _expect = Expect.Value;
        _afterComma = false;
        SetToken(JsonToken.PropertyName, name);
    }

    private void Push(bool isObject)
    {
        if (_depth == _scopes.Length)
        {
            Array.Resize(ref _scopes, _depth * 2);
        }

        _scopes[_depth++] = new Scope { IsObject = isObject };
        _expect = isObject ? Expect.Key : Expect.Value;
        _afterComma = false;
    }

    /// <summary>Closes the open container with <paramref name="c"/>; a bracket that does not match is Json.NET's
    /// error, raised by the base class.</summary>
    private void Close(char c)
    {
        _pos++;
        var token = c == '}' ? JsonToken.EndObject : JsonToken.EndArray;
        if (_depth > 0 && _scopes[_depth - 1].IsObject == (c == '}'))
        {
            _scopes[--_depth] = default;
            _afterComma = false;
            _expect = Expect.AfterValue;
        }

        SetToken(token);
    }

    private void AfterValue()
    {
        _expect = Expect.AfterValue;
        _afterComma = false;
    }

    /// <summary>Reads a string after its opening quote, decoding escapes: its characters are then in the buffer (as
    /// they stand) or in the scratch buffer (escaped, or longer than the block).</summary>
    private void ReadString(out int start, out int length, out bool inScratch)
    {
        _scratchLength = 0;
        inScratch = false;
        start = _pos;
        while (true)
        {
            var buffer = _buffer;
            var i = _pos;
            var end = _end;
            char c = '\0';
            while (i < end && (c = buffer[i]) >= ' ' && c != '"' && c != '\\')
            {
                i++;
            }

            _pos = i;
            if (i == end)
            {
                Append(start, i - start);
                inScratch = true;
                if (!Ensure(1))
                {
                    throw Error("Unterminated string. Expected delimiter: \".");
                }

                start = _pos;
                continue;
            }

            if (c == '"')
            {
                _pos = i + 1;
                if (inScratch)
                {
                    Append(start, i - start);
                    start = 0;
                    length = _scratchLength;
                }
                else
                {
                    length = i - start;
                }

                return;
            }

            if (c == '\\')
            {
                Append(start, i - start);
                inScratch = true;
                _pos = i + 1;
                ReadEscape();
                start = _pos;
                continue;
            }

            var position = LinePosition + 1;
            throw Strict(c is '\n' or '\r'
                ? "A line break stands inside a string: is a closing quote missing? (A line break in text is written as \\n.)"
                : $"The control character U+{(int)c:X4} stands unescaped inside a string; write it as an escape such as \\u{(int)c:X4}.", _line, position);
        }
    }

    /// <summary>Decodes the escape after a backslash into the scratch buffer.</summary>
    private void ReadEscape()
    {
        if (!Ensure(1))
        {
            throw Error("Unterminated string. Expected delimiter: \".");
        }

        var c = _buffer[_pos++];
        switch (c)
        {
            case '"' or '\\' or '/':
                AppendChar(c);
                return;
            case 'b':
                AppendChar('\b');
                return;
            case 'f':
                AppendChar('\f');
                return;
            case 'n':
                AppendChar('\n');
                return;
            case 'r':
                AppendChar('\r');
                return;
            case 't':
                AppendChar('\t');
                return;
            case 'u':
                break;
            default:
                throw Strict($"'\\{c}' is not a JSON escape; use one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX.", _line, LinePosition);
        }

        // As Json.NET: a lone surrogate becomes U+FFFD; a high surrogate followed by "\u" and a low one is a pair.
        var value = ReadHex();
        if (char.IsLowSurrogate(value))
        {
            value = '\uFFFD';
        }
        else if (char.IsHighSurrogate(value))
        {
            bool anotherHigh;
            do
            {
                anotherHigh = false;
                if (Ensure(3) && _buffer[_pos] == '\\' && _buffer[_pos + 1] == 'u')
                {
                    var high = value;
                    _pos += 2;
                    value = ReadHex();
                    if (char.IsHighSurrogate(value))
                    {
                        high = '\uFFFD';
                        anotherHigh = true;
                    }
                    else if (!char.IsLowSurrogate(value))
                    {
                        high = '\uFFFD';
                    }

                    AppendChar(high);
                }
                else
                {
                    value = '\uFFFD';
                }
            }
            while (anotherHigh);
        }

        AppendChar(value);
    }

    private char ReadHex()
    {
        // As Json.NET: four digits and one more character (a text cannot end in a string anyway).
        if (!Ensure(5))
        {
            throw Error("Unexpected end while parsing Unicode escape sequence.");
        }

        var value = 0;
        for (var i = 0; i < 4; i++)
        {
            var c = _buffer[_pos + i];
            var digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'f' ? c - 'a' + 10 : c is >= 'A' and <= 'F' ? c - 'A' + 10 : -1;
            if (digit < 0)
            {
                throw Error($"Invalid Unicode escape sequence: \\u{new string(_buffer, _pos, 4)}.");
            }

            value = (value << 4) | digit;
        }

        _pos += 4;
        return (char)value;
    }

    /// <summary>Reads a bare word or number, checks it against RFC 8259 and sets its token.</summary>
    private void ReadWord(char first)
    {
        int line = _line, position = LinePosition + 1;
        _scratchLength = 0;
        var start = _pos;
        var inScratch = false;
        while (true)
        {
            var i = _pos;
            while (i < _end && IsWordChar(_buffer[i]))
            {
                i++;
            }

            _pos = i;
            if (i < _end)
            {
                break;
            }

            Append(start, i - start);
            inScratch = true;
            var more = Ensure(1);
            start = _pos;
            if (!more)
            {
                break;
            }
        }

        var chars = _buffer;
        var length = _pos - start;
        if (inScratch)
        {
            Append(start, length);
            chars = _scratch;
            start = 0;
            length = _scratchLength;
        }

        if (char.IsLetter(first))
        {
            var value = Is(chars, start, length, "true") ? True : Is(chars, start, length, "false") ? False : Is(chars, start, length, "null") ? null : Refuse(chars, start, length, line, position);
            if (!IsSeparator())
            {
                throw Error(value is null ? "Error parsing null value." : "Error parsing boolean value.");
            }

            AfterValue();
            if (value is null)
            {
                SetToken(JsonToken.Null);
            }
            else
            {
                SetToken(JsonToken.Boolean, value);
            }

            return;
        }

        if (!IsJsonNumber(chars, start, length, out var isInteger))
        {
            var word = new string(chars, start, length);
            throw Strict(word is "-Infinity" or "+Infinity"
                ? $"'{word}' is not a JSON value; JSON has numbers, strings, true, false and null."
                : $"'{word}' is not a JSON number; write numbers such as 12, -3, 0.5 or 1e9 (no leading zeros, plus signs or hexadecimal).", line, position);
        }

        // The scan stopped at a character in the block or at the end of the text: nothing here moves the block.
        if (_pos < _end && !IsNumberEnd(_buffer[_pos]))
        {
            throw Error($"Unexpected character encountered while parsing number: {_buffer[_pos]}.");
        }

        var number = isInteger ? ParseInteger(chars, start, length) : ParseFloat(new string(chars, start, length));
        AfterValue();
        SetToken(isInteger ? JsonToken.Integer : JsonToken.Float, number);
    }

    private object ParseFloat(string number)
    {
        if (FloatParseHandling == FloatParseHandling.Decimal)
        {
            return decimal.TryParse(number, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var m)
                ? m
                : throw NumberError($"Input string '{number}' is not a valid decimal.");
        }

        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw NumberError($"Input string '{number}' is not a valid number.");
    }

    private object Refuse(char[] chars, int start, int length, int line, int position)
    {
        var word = new string(chars, start, length);
        throw Strict(word is "NaN" or "Infinity" or "undefined"
            ? $"'{word}' is not a JSON value; JSON has numbers, strings, true, false and null."
            : $"'{word}' is not a JSON value; write text in double quotes (\"{word}\").", line, position);
    }

    private object ParseInteger(char[] chars, int start, int length)
    {
        var negative = chars[start] == '-';
        var i = negative ? start + 1 : start;
        ulong value = 0;
        var end = start + length;
        for (; i < end; i++)
        {
            var digit = (ulong)(chars[i] - '0');
            if (value > (ulong.MaxValue - digit) / 10)
            {
                return Big(chars, start, length);
            }

            value = value * 10 + digit;
        }

        if (negative)
        {
            return value <= (ulong)long.MaxValue + 1 ? unchecked(-(long)value) : Big(chars, start, length);
        }

        return value <= long.MaxValue ? (long)value : Big(chars, start, length);
    }

    private object Big(char[] chars, int start, int length)
    {
        var number = new string(chars, start, length);
        if (length > MaximumIntegerLength)
        {
            throw NumberError($"JSON integer {number} is too large to parse.");
        }

        return BigInteger.Parse(number, CultureInfo.InvariantCulture);
    }

    /// <summary>Reads a comment at '/': as a token when comments are allowed, else a strict error.</summary>
    private void ReadComment()
    {
        if (!_allowComments)
        {
            throw Strict("Comments are not allowed in JSON; remove them.");
        }

        _pos++;
        if (!Ensure(2)) // As Json.NET: the comment's second character and one more.
        {
            throw Error("Unexpected end while parsing comment.");
        }

        var kind = _buffer[_pos];
        if (kind is not ('*' or '/'))
        {
            throw Error($"Error parsing comment. Expected: *, got {kind}.");
        }

        _pos++;
        _scratchLength = 0;
        var lineComment = kind == '/';
        while (true)
        {
            if (_pos == _end && !Ensure(1))
            {
                if (!lineComment)
                {
                    throw Error("Unexpected end while parsing comment.");
                }

                break;
            }

            var c = _buffer[_pos];
            if (c is '\n' or '\r')
            {
                if (lineComment)
                {
                    break;
                }

                AppendChar(c);
                _pos++;
                if (c == '\r' && Ensure(2) && _buffer[_pos] == '\n')
                {
                    AppendChar('\n');
                    _pos++;
                }

                NewLine();
                continue;
            }

            _pos++;
            if (c == '*' && !lineComment && Ensure(1) && _buffer[_pos] == '/')
            {
                _pos++;
                break;
            }

            AppendChar(c);
        }

        SetToken(JsonToken.Comment, new string(_scratch, 0, _scratchLength));
    }

    // ---- characters ----------------------------------------------------------------------------------------------

    /// <summary>Skips JSON white space, counting lines; false at the end of the text. Other white space is refused.</summary>
    private bool SkipWhiteSpace()
    {
        while (true)
        {
            var buffer = _buffer;
            var i = _pos;
            var end = _end;
            while (i < end && buffer[i] is ' ' or '\t')
            {
                i++;
            }

            _pos = i;
            if (i == end)
            {
                if (!Ensure(1))
                {
                    return false;
                }

                continue;
            }

            var c = buffer[i];
            if (c == '\n')
            {
                _pos++;
                NewLine();
            }
            else if (c == '\r')
            {
                // As Json.NET: CR LF is one line break only when a character follows it (at the end of the text, two).
                _pos++;
                if (Ensure(2) && _buffer[_pos] == '\n')
                {
                    _pos++;
                }

                NewLine();
            }
            else if (c < ' ' || char.IsWhiteSpace(c))
            {
                throw Strict($"The character U+{(int)c:X4} stands between JSON values, where only spaces, tabs and line breaks may stand; remove it.");
            }
            else
            {
                return true;
            }
        }
    }

    private void NewLine()
    {
        _line++;
        _lineStart = _bufferStart + _pos;
    }

    /// <summary>Makes at least <paramref name="count"/> characters available from the current one, moving the rest of
    /// the block to the start; false when the text ends first.</summary>
    private bool Ensure(int count)
    {
        if (_end - _pos >= count)
        {
            return true;
        }

        if (_endOfText)
        {
            return false;
        }

        var rest = _end - _pos;
        if (rest > 0)
        {
            Array.Copy(_buffer, _pos, _buffer, 0, rest);
        }

        _bufferStart += _pos;
        _pos = 0;
        _end = rest;
        while (_end < count)
        {
            var read = _reader.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _endOfText = true;
                return false;
            }

            _end += read;
        }

        return true;
    }

    private void Append(int start, int length)
    {
        if (length == 0)
        {
            return;
        }

        Reserve(length);
        Array.Copy(_buffer, start, _scratch, _scratchLength, length);
        _scratchLength += length;
    }

    private void AppendChar(char c)
    {
        Reserve(1);
        _scratch[_scratchLength++] = c;
    }

    private void Reserve(int length)
    {
        if (_scratchLength + length > _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, _scratchLength + length));
        }
    }

    private static bool IsWordChar(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '+' or '-' or '.' or '_' or '$' || (c > 127 && char.IsLetterOrDigit(c));

    /// <summary>Whether a literal may end here (Json.NET's separators: white space, a comma, a closing bracket, a
    /// comment, the end of the text).</summary>
    private bool IsSeparator()
    {
        if (!Ensure(1))
        {
            return true;
        }

        var c = _buffer[_pos];
        if (c == '/')
        {
            return Ensure(2) && _buffer[_pos + 1] is '*' or '/';
        }

        return c is '}' or ']' or ',' || char.IsWhiteSpace(c);
    }

    private static bool IsNumberEnd(char c) => c is ',' or '}' or ']' or '/' || char.IsWhiteSpace(c);

    private static bool Is(char[] chars, int start, int length, string literal)
    {
        if (length != literal.Length)
        {
            return false;
        }

        for (var i = 0; i < length; i++)
        {
            if (chars[start + i] != literal[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the text is an RFC 8259 number: <c>-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c>.</summary>
    private static bool IsJsonNumber(char[] s, int start, int length, out bool isInteger)
    {
        isInteger = true;
        var end = start + length;
        var i = start;
        if (i < end && s[i] == '-')
        {
            i++;
        }

        if (i >= end)
        {
            return false;
        }

        if (s[i] == '0')
        {
            i++;
        }
        else if (s[i] is >= '1' and <= '9')
        {
            while (i < end && s[i] is >= '0' and <= '9')
            {
                i++;
            }
        }
        else
        {
            return false;
        }

        if (i < end && s[i] == '.')
        {
            isInteger = false;
            if (!Digits(s, ++i, end, out i))
            {
                return false;
            }
        }

        if (i < end && s[i] is 'e' or 'E')
        {
            isInteger = false;
            i++;
            if (i < end && s[i] is '+' or '-')
            {
                i++;
            }

            if (!Digits(s, i, end, out i))
            {
                return false;
            }
        }

        return i == end;
    }

    private static bool Digits(char[] s, int start, int end, out int next)
    {
        next = start;
        while (next < end && s[next] is >= '0' and <= '9')
        {
            next++;
        }

        return next > start;
    }

    // ---- errors ------------------------------------------------------------------------------------------------

    /// <summary>A strict error at the current character (its 1-based position).</summary>
    private StrictJsonException Strict(string message) => Strict(message, _line, LinePosition + 1);

    private StrictJsonException Strict(string message, int line, int position)
    {
        var path = StrictPath();
        return new StrictJsonException(new Problem(message) { Path = path.Length == 0 ? "$" : path, Line = line, Position = position });
    }

    /// <summary>Json.NET's error for a character it does not expect, before it.</summary>
    private JsonReaderException Unexpected(char c, string format)
    {
        return Error(string.Format(CultureInfo.InvariantCulture, format, c));
    }

    /// <summary>A number Json.NET cannot hold: its error names the number's place in the path, as Json.NET's does.</summary>
    private JsonReaderException NumberError(string message)
    {
        SetToken(JsonToken.Undefined);
        return Error(message);
    }

    /// <summary>A syntax error in Json.NET's form: the message, then " Path '…', line …, position …."</summary>
    private JsonReaderException Error(string message)
    {
        var path = Path;
        int line = LineNumber, position = LinePosition;
        var text = message.Trim();
        if (!text.EndsWith(".", StringComparison.Ordinal))
        {
            text += ".";
        }

        text += string.Format(CultureInfo.InvariantCulture, " Path '{0}', line {1}, position {2}.", path, line, position);
        return new JsonReaderException(text, path, line, position, null);
    }

    /// <summary>The path of the current place as the strict messages name it: the open containers, an array by the
    /// index of its current item, an object by its current property name.</summary>
    private string StrictPath()
    {
        var path = new System.Text.StringBuilder();
        for (var i = 0; i < _depth; i++)
        {
            var scope = _scopes[i];
            if (!scope.IsObject)
            {
                path.Append('[').Append(scope.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else if (scope.HasKey)
            {
                if (path.Length > 0)
                {
                    path.Append('.');
                }

                path.Append(scope.Key!, 0, Math.Min(scope.Key!.Length, MaxKeyLength));
            }
        }

        return path.ToString();
    }

    private struct Scope
    {
        public bool IsObject;
        public bool HasKey;
        public int Index;
        public string? Key;
    }
}
