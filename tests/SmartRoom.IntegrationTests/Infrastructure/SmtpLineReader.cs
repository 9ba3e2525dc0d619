using System.Text;

namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>Reads SMTP command lines and a DATA block (up to the lone dot, dot-stuffing undone) as bytes.</summary>
internal sealed class SmtpLineReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[8192];
    private int _start;
    private int _end;

    public async Task<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        await ReadRawLineAsync(cancellationToken) is { } line ? Encoding.ASCII.GetString(line) : null;

    public async Task<byte[]> ReadDataAsync(CancellationToken cancellationToken)
    {
        var data = new MemoryStream();
        while (await ReadRawLineAsync(cancellationToken) is { } line)
        {
            if (line is [(byte)'.'])
            {
                break;
            }

            var start = line is [(byte)'.', ..] ? 1 : 0;
            data.Write(line, start, line.Length - start);
            data.Write("\r\n"u8);
        }

        return data.ToArray();
    }

    /// <summary>The next line without its CR LF, or null when the client hung up.</summary>
    private async Task<byte[]?> ReadRawLineAsync(CancellationToken cancellationToken)
    {
        var line = new MemoryStream();
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = await stream.ReadAsync(_buffer, cancellationToken);
                if (_end == 0)
                {
                    return line.Length > 0 ? line.ToArray() : null;
                }
            }

            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline < 0)
            {
                line.Write(_buffer, _start, _end - _start);
                _start = _end;
                continue;
            }

            line.Write(_buffer, _start, newline - _start);
            _start = newline + 1;
            var bytes = line.ToArray();
            return bytes is [.., (byte)'\r'] ? bytes[..^1] : bytes;
        }
    }
}
