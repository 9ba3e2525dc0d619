namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// Follows PDF syntax byte by byte just enough to count how deeply arrays and dictionaries nest: strings
/// (with their escapes and balanced parentheses), hex strings and comments are passed over.
/// </summary>
internal struct PdfNestingScanner
{
    private int _stringDepth;
    private bool _escaped;
    private bool _inComment;
    private bool _inHex;
    private bool _pendingLt;
    private bool _pendingGt;

    public int Depth { get; private set; }

    /// <summary>Outside strings and comments.</summary>
    public readonly bool IsPlain => _stringDepth == 0 && !_inComment && !_inHex;

    public void Feed(byte b)
    {
        if (_inComment)
        {
            _inComment = b is not ((byte)'\r' or (byte)'\n');
            return;
        }

        if (_stringDepth > 0)
        {
            if (_escaped)
            {
                _escaped = false;
            }
            else if (b == (byte)'\\')
            {
                _escaped = true;
            }
            else if (b == (byte)'(')
            {
                _stringDepth++;
            }
            else if (b == (byte)')')
            {
                _stringDepth--;
            }

            return;
        }

        if (_pendingLt)
        {
            _pendingLt = false;
            if (b == (byte)'<')
            {
                Open();
                return;
            }

            _inHex = true; // "<" then anything but "<": a hex string
        }

        if (_inHex)
        {
            _inHex = b != (byte)'>';
            return;
        }

        if (_pendingGt)
        {
            _pendingGt = false;
            if (b == (byte)'>')
            {
                Close();
                return;
            }
        }

        switch (b)
        {
            case (byte)'%':
                _inComment = true;
                break;
            case (byte)'(':
                _stringDepth = 1;
                break;
            case (byte)'<':
                _pendingLt = true;
                break;
            case (byte)'>':
                _pendingGt = true;
                break;
            case (byte)'[':
                Open();
                break;
            case (byte)']':
                Close();
                break;
        }
    }

    private void Open()
    {
        if (++Depth > PdfStructureGuard.MaxNesting)
        {
            throw new UnreadablePdfException($"The PDF nests arrays or dictionaries deeper than {PdfStructureGuard.MaxNesting} levels.");
        }
    }

    private void Close() => Depth = Math.Max(0, Depth - 1);
}
