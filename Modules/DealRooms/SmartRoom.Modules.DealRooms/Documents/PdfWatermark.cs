using System.Runtime.ExceptionServices;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// Stamps every page of a PDF with who is looking at it: the lines drawn faintly across the page's
/// diagonal, and once more as a small footer line. Drawn over the page's content (appended, in its own
/// saved graphics state), semi-transparent, so the page stays readable. PDFsharp reads the whole
/// document into memory: callers bound the size.
/// </summary>
internal static class PdfWatermark
{
    /// <summary>Stack for the thread that runs PDFsharp: generous, so that the nesting it is allowed cannot come near its end.</summary>
    private const int StackSize = 16 * 1024 * 1024;

    /// <summary>Writes <paramref name="pdf"/> (seekable) stamped with <paramref name="lines"/> to <paramref name="output"/>; answers the page count.</summary>
    /// <exception cref="UnreadablePdfException">
    /// The document cannot be opened or changed — including one built to crash the parser (nesting too deep,
    /// a page tree that loops): whatever the library throws is this, and what it could not survive is refused before it runs.
    /// </exception>
    public static int Stamp(Stream pdf, Stream output, IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(output);
        if (lines.Count == 0 || lines.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("A watermark needs at least one line, none of them blank.", nameof(lines));
        }

        WatermarkFont.Register();
        var bytes = Contents(pdf);
        return OnOwnStack(() => StampChecked(bytes, output, lines));
    }

    private static int StampChecked(ArraySegment<byte> pdf, Stream output, IReadOnlyList<string> lines)
    {
        PdfStructureGuard.CheckNesting(pdf);
        using (var imported = Open(pdf, PdfDocumentOpenMode.Import))
        {
            // Import does not flatten the page tree; Modify does, recursively: a loop there would never return.
            Guarded(() => PdfStructureGuard.CheckPageTree(imported), "The PDF could not be read.");
        }

        using var document = Open(pdf, PdfDocumentOpenMode.Modify);
        return Guarded(() =>
        {
            var pages = document.PageCount;
            foreach (var page in document.Pages)
            {
                PdfPageStamp.Draw(page, lines);
            }

            document.Save(output, closeStream: false);
            return pages;
        }, "The PDF could not be stamped.");
    }

    /// <summary>The document's bytes without copying them when they are in memory already (the stamper's case).</summary>
    private static ArraySegment<byte> Contents(Stream pdf)
    {
        if (pdf is MemoryStream memory && memory.TryGetBuffer(out var buffer))
        {
            return buffer[(int)memory.Position..];
        }

        var copy = new MemoryStream();
        pdf.CopyTo(copy);
        return new ArraySegment<byte>(copy.GetBuffer(), 0, (int)copy.Length);
    }

    /// <summary>
    /// Runs PDFsharp on a thread of its own with a known, generous stack (a pool thread's is small, and an
    /// overflow cannot be caught: it ends the process); its exceptions come back to the caller.
    /// </summary>
    private static T OnOwnStack<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
#pragma warning disable CA1031 // Handed back to the calling thread below.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }
        }, StackSize) { IsBackground = true, Name = "PDF stamping" };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }

    private static void Guarded(Action action, string message) => Guarded(() => { action(); return 0; }, message);

    private static T Guarded<T>(Func<T> action, string message)
    {
        try
        {
            return action();
        }
        catch (UnreadablePdfException)
        {
            throw;
        }
#pragma warning disable CA1031 // Whatever a damaged document makes the library throw (even an absurd allocation), the answer is "unreadable", not a server error.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            throw new UnreadablePdfException(message, ex);
        }
    }

    private static PdfDocument Open(ArraySegment<byte> pdf, PdfDocumentOpenMode mode)
    {
        // A password-protected document is refused rather than guessed at.
        var document = Guarded(() => PdfReader.Open(new MemoryStream(pdf.Array!, pdf.Offset, pdf.Count, writable: false), mode, args => args.Abort = true),
            "The PDF could not be read.");
        if (document is null)
        {
            throw new UnreadablePdfException("The PDF is protected by a password.");
        }

        if (Guarded(() => mode == PdfDocumentOpenMode.Import ? 1 : document.PageCount, "The PDF could not be read.") == 0)
        {
            document.Dispose();
            throw new UnreadablePdfException("The PDF has no pages.");
        }

        return document;
    }
}
