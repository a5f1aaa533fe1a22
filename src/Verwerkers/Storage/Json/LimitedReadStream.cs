using System;
using System.IO;

namespace Verwerkers.Storage.Json;

/// <summary>A read-only view of a stream that fails once more than a set number of bytes has been read.</summary>
internal sealed class LimitedReadStream : Stream
{
    private readonly Stream _inner;
    private readonly long _limit;
    private readonly bool _leaveOpen;
    private long _read;

    public LimitedReadStream(Stream inner, long limit, bool leaveOpen)
    {
        _inner = inner;
        _limit = limit;
        _leaveOpen = leaveOpen;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = _inner.Read(buffer, offset, count);
        _read += n;
        if (_read > _limit)
        {
            throw new FileTooLargeException(_read);
        }

        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_leaveOpen)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

/// <summary>Signals that the input passed the size limit; turned into a <see cref="RegisterFormatException"/>.</summary>
internal sealed class FileTooLargeException : Exception
{
    public FileTooLargeException(long size)
        : base("The input is larger than the limit.")
    {
        Size = size;
    }

    public long Size { get; }
}
