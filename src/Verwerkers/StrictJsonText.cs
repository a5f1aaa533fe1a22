using System;
using System.Collections.Generic;
using System.IO;

namespace Verwerkers;

/// <summary>
/// Passes JSON text through to a parser while checking it against RFC 8259, for what Newtonsoft.Json silently
/// accepts: trailing commas, single-quoted strings, unquoted property names, <c>NaN</c>/<c>Infinity</c>/<c>undefined</c>,
/// numbers with leading zeros, a plus sign or in hexadecimal, raw control characters inside strings and (unless
/// allowed) comments. Each is a <see cref="StrictJsonException"/> with its line and position. Other errors (an
/// unterminated string, a missing brace) are left to the parser, which describes them with their JSON path.
/// </summary>
/// <remarks>
/// One pass, constant work per character, an explicit stack of open containers (no recursion on the input's depth).
/// </remarks>
internal sealed class StrictJsonText : TextReader
{
    private readonly TextReader _inner;
    private readonly bool _allowComments;
    private readonly List<bool> _containers = new(); // true: object, false: array
    private readonly List<System.Text.StringBuilder?> _keys = new(); // per open object: the current property name, reused
    private readonly List<bool> _hasKey = new();      // per open object: whether the path names a property now
    private readonly List<int> _indices = new();      // per open array: the current item's index
    private State _state = State.Value;
    private bool _afterComma;
    private bool _disabled;
    private int _line = 1;
    private int _position;
    private int _tokenLine;
    private int _tokenPosition;
    private readonly System.Text.StringBuilder _word = new();
    private int _hexDigits;
    private char _quote;
    private bool _keyPending;
    private int _lastLineLength;
    private State _afterComment;

    public StrictJsonText(TextReader inner, bool allowComments)
    {
        _inner = inner;
        _allowComments = allowComments;
    }

    private enum State
    {
        Value,
        Key,
        Colon,
        AfterValue,
        String,
        StringEscape,
        StringUnicode,
        Word,
        Number,
        CommentStart,
        LineComment,
        BlockComment,
        BlockCommentEnd,
        End,
    }

    public override int Peek() => _inner.Peek();

    public override int Read()
    {
        var c = _inner.Read();
        if (c >= 0)
        {
            Check((char)c);
        }
        else
        {
            Finish();
        }

        return c;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var read = _inner.Read(buffer, index, count);
        for (var i = index; i < index + read && !_disabled; i++)
        {
            Check(buffer[i]);
        }

        if (read == 0)
        {
            Finish();
        }

        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Finish()
    {
        if (!_disabled && _state is State.Word or State.Number)
        {
            EndToken();
        }
    }

    private void Check(char c)
    {
        if (_disabled)
        {
            return;
        }

        if (c == '\n')
        {
            _line++;
            _lastLineLength = _position;
            _position = 0;
        }
        else
        {
            _position++;
        }

        switch (_state)
        {
            case State.String:
                if (c == _quote)
                {
                    if (_keyPending)
                    {
                        _hasKey[_hasKey.Count - 1] = true;
                    }

                    _state = _keyPending ? State.Colon : State.AfterValue;
                    _keyPending = false;
                }
                else if (c == '\\')
                {
                    _state = State.StringEscape;
                }
                else if (c < ' ')
                {
                    if (c == '\n')
                    {
                        // Point at the end of the line the string breaks off, not at the start of the next one.
                        _line--;
                        _position = _lastLineLength + 1;
                    }

                    Fail(c is '\n' or '\r'
                        ? "A line break stands inside a string: is a closing quote missing? (A line break in text is written as \\n.)"
                        : $"The control character U+{(int)c:X4} stands unescaped inside a string; write it as an escape such as \\u{(int)c:X4}.");
                }
                else if (_keyPending && _keys[_keys.Count - 1]!.Length < 200)
                {
                    _keys[_keys.Count - 1]!.Append(c);
                }

                return;
            case State.StringEscape:
                if (c == 'u')
                {
                    _hexDigits = 0;
                    _state = State.StringUnicode;
                }
                else if (c is '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't')
                {
                    _state = State.String;
                }
                else
                {
                    Fail($"'\\{c}' is not a JSON escape; use one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX.");
                }

                return;
            case State.StringUnicode:
                if (!Uri.IsHexDigit(c))
                {
                    _disabled = true; // The parser reports a bad \u escape itself.
                    return;
                }

                if (++_hexDigits == 4)
                {
                    _state = State.String;
                }

                return;
            case State.Word:
            case State.Number:
                if (char.IsLetterOrDigit(c) || c is '+' or '-' or '.' or '_' or '$')
                {
                    _word.Append(c);
                    return;
                }

                EndToken();
                if (_disabled)
                {
                    return;
                }

                break;
            case State.CommentStart:
                _state = c == '/' ? State.LineComment : c == '*' ? State.BlockComment : Disable();
                return;
            case State.LineComment:
                if (c == '\n')
                {
                    _state = _afterComment;
                }

                return;
            case State.BlockComment:
                if (c == '*')
                {
                    _state = State.BlockCommentEnd;
                }

                return;
            case State.BlockCommentEnd:
                _state = c == '/' ? _afterComment : c == '*' ? State.BlockCommentEnd : State.BlockComment;
                return;
        }

        Structural(c);
    }

    private void Structural(char c)
    {
        if (c is ' ' or '\t' or '\n' or '\r')
        {
            return;
        }

        if (c == '/')
        {
            if (!_allowComments)
            {
                Fail("Comments are not allowed in JSON; remove them.");
                return;
            }

            _afterComment = _state;
            _state = State.CommentStart;
            return;
        }

        switch (_state)
        {
            case State.Value:
                if (c is ']' && !_afterComma && _containers.Count > 0 && !_containers[_containers.Count - 1])
                {
                    Close(c);
                }
                else if (c is ']' or '}' && _afterComma)
                {
                    Fail($"A comma stands before '{c}' (a trailing comma); remove it.");
                }
                else
                {
                    StartValue(c);
                }

                return;
            case State.Key:
                if (c == '}' && !_afterComma)
                {
                    Close(c);
                }
                else if (c == '}')
                {
                    Fail("A comma stands before '}' (a trailing comma); remove it.");
                }
                else if (c == '"')
                {
                    _quote = c;
                    _keyPending = true;
                    (_keys[_keys.Count - 1] ??= new System.Text.StringBuilder()).Clear();
                    _state = State.String;
                }
                else if (c == '\'')
                {
                    Fail("A property name stands in single quotes; JSON uses double quotes (\"name\").");
                }
                else if (char.IsLetter(c) || c is '_' or '$')
                {
                    Fail("A property name stands without quotes; write it in double quotes (\"name\").");
                }
                else
                {
                    Disable();
                }

                return;
            case State.Colon:
                _state = c == ':' ? State.Value : Disable();
                _afterComma = false;
                return;
            case State.AfterValue:
                if (_containers.Count == 0)
                {
                    Disable(); // Content after the document: the parser names it.
                }
                else if (c == ',')
                {
                    _afterComma = true;
                    _state = _containers[_containers.Count - 1] ? State.Key : State.Value;
                    if (_containers[_containers.Count - 1])
                    {
                        _hasKey[_hasKey.Count - 1] = false; // Between two properties: the path is the object's.
                    }
                    else
                    {
                        _indices[_indices.Count - 1]++;
                    }
                }
                else if (c is '}' or ']')
                {
                    Close(c);
                }
                else
                {
                    Disable();
                }

                return;
            default:
                Disable();
                return;
        }
    }

    private void StartValue(char c)
    {
        _afterComma = false;
        _tokenLine = _line;
        _tokenPosition = _position;
        switch (c)
        {
            case '{':
            case '[':
                _containers.Add(c == '{');
                _keys.Add(null);
                _hasKey.Add(false);
                _indices.Add(0);
                _state = c == '{' ? State.Key : State.Value;
                return;
            case '"':
                _quote = c;
                _state = State.String;
                return;
            case '\'':
                Fail("A string stands in single quotes; JSON uses double quotes (\"text\").");
                return;
            default:
                if (char.IsLetterOrDigit(c) || c is '-' or '+' or '.')
                {
                    _word.Clear().Append(c);
                    _state = char.IsLetter(c) ? State.Word : State.Number;
                    return;
                }

                Disable();
                return;
        }
    }

    private void Close(char c)
    {
        var isObject = _containers.Count > 0 && _containers[_containers.Count - 1];
        if (_containers.Count == 0 || isObject != (c == '}'))
        {
            Disable();
            return;
        }

        _containers.RemoveAt(_containers.Count - 1);
        _keys.RemoveAt(_keys.Count - 1);
        _hasKey.RemoveAt(_hasKey.Count - 1);
        _indices.RemoveAt(_indices.Count - 1);
        _afterComma = false;
        _state = State.AfterValue;
    }

    /// <summary>Checks a bare word or number; the text is only turned into a string for a message.</summary>
    private void EndToken()
    {
        var state = _state;
        if (state == State.Word)
        {
            if (!(Is(_word, "true") || Is(_word, "false") || Is(_word, "null")))
            {
                var word = _word.ToString();
                Fail(word is "NaN" or "Infinity" or "undefined"
                    ? $"'{word}' is not a JSON value; JSON has numbers, strings, true, false and null."
                    : $"'{word}' is not a JSON value; write text in double quotes (\"{word}\").");
            }

            _state = State.AfterValue;
            return;
        }

        if (!IsJsonNumber(_word))
        {
            var word = _word.ToString();
            Fail(word is "-Infinity" or "+Infinity"
                ? $"'{word}' is not a JSON value; JSON has numbers, strings, true, false and null."
                : $"'{word}' is not a JSON number; write numbers such as 12, -3, 0.5 or 1e9 (no leading zeros, plus signs or hexadecimal).");
        }

        _state = State.AfterValue;
    }

    private static bool Is(System.Text.StringBuilder word, string literal)
    {
        if (word.Length != literal.Length)
        {
            return false;
        }

        for (var i = 0; i < literal.Length; i++)
        {
            if (word[i] != literal[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsJsonNumber(System.Text.StringBuilder s)
    {
        var i = 0;
        if (i < s.Length && s[i] == '-')
        {
            i++;
        }

        if (i >= s.Length)
        {
            return false;
        }

        if (s[i] == '0')
        {
            i++;
        }
        else if (s[i] is >= '1' and <= '9')
        {
            while (i < s.Length && char.IsDigit(s[i]) && s[i] < 128)
            {
                i++;
            }
        }
        else
        {
            return false;
        }

        if (i < s.Length && s[i] == '.' && !Digits(s, ++i, out i))
        {
            return false;
        }

        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-')
            {
                i++;
            }

            if (!Digits(s, i, out i))
            {
                return false;
            }
        }

        return i == s.Length;
    }

    /// <summary>Skips one or more ASCII digits from <paramref name="start"/>; false when there is none.</summary>
    private static bool Digits(System.Text.StringBuilder s, int start, out int end)
    {
        end = start;
        while (end < s.Length && s[end] is >= '0' and <= '9')
        {
            end++;
        }

        return end > start;
    }

    private State Disable()
    {
        _disabled = true;
        return _state;
    }

    private void Fail(string message)
    {
        var (line, position) = _state is State.Word or State.Number ? (_tokenLine, _tokenPosition) : (_line, _position);
        _disabled = true;
        var path = Path();
        throw new StrictJsonException(new Problem(message) { Path = path.Length == 0 ? "$" : path, Line = line, Position = position });
    }

    /// <summary>The JSON path of the current value, as Newtonsoft.Json writes it: <c>processors[0].name</c>.</summary>
    private string Path()
    {
        var path = new System.Text.StringBuilder();
        for (var i = 0; i < _containers.Count; i++)
        {
            if (!_containers[i])
            {
                path.Append('[').Append(_indices[i].ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
            }
            else if (_hasKey[i])
            {
                path.Append(path.Length == 0 ? string.Empty : ".").Append(_keys[i]);
            }
        }

        return path.ToString();
    }
}
