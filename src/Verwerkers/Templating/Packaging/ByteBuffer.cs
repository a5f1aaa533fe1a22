using System;
using System.IO;

namespace Verwerkers.Templating.Packaging;

/// <summary>A growable byte array: the fill path's output buffer (no per-write allocations).</summary>
internal sealed class ByteBuffer
{
    private byte[] _data;

    public ByteBuffer(int capacity) => _data = new byte[capacity < 16 ? 16 : capacity];

    public int Length { get; private set; }

    public byte[] Data => _data;

    public void Clear() => Length = 0;

    public void Truncate(int length) => Length = length;

    public void Write(byte[] bytes)
    {
        var n = bytes.Length;
        if (Length + n > _data.Length)
        {
            Grow(n);
        }

        bytes.AsSpan().CopyTo(_data.AsSpan(Length));
        Length += n;
    }

    public void Write(byte[] bytes, int offset, int count)
    {
        if (Length + count > _data.Length)
        {
            Grow(count);
        }

        Buffer.BlockCopy(bytes, offset, _data, Length, count);
        Length += count;
    }

    public void WriteByte(byte b)
    {
        if (Length == _data.Length)
        {
            Grow(1);
        }

        _data[Length++] = b;
    }

    /// <summary>Makes room for <paramref name="count"/> more bytes and returns the array to write into at <see cref="Length"/>.</summary>
    public byte[] Reserve(int count)
    {
        if (Length + count > _data.Length)
        {
            Grow(count);
        }

        return _data;
    }

    public void Advance(int count) => Length += count;

    public void WriteTo(Stream stream) => stream.Write(_data, 0, Length);

    private void Grow(int extra)
    {
        var size = Math.Max(_data.Length * 2, Length + extra);
        var bigger = new byte[size];
        Buffer.BlockCopy(_data, 0, bigger, 0, Length);
        _data = bigger;
    }
}
