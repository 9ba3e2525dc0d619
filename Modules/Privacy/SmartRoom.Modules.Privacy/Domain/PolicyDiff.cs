using System.Globalization;
using System.Text;
using DiffPlex;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>A unified line diff (<c>diff -u</c> format, three lines of context) between two policy texts.</summary>
internal static class PolicyDiff
{
    private const int Context = 3;

    public static string Unified(string before, string after, string beforeName, string afterName)
    {
        var diff = Differ.Instance.CreateLineDiffs(Normalise(before), Normalise(after), ignoreWhitespace: false);
        if (diff.DiffBlocks.Count == 0)
        {
            return "";
        }

        IReadOnlyList<string> a = diff.PiecesOld;
        IReadOnlyList<string> b = diff.PiecesNew;
        var output = new StringBuilder();
        output.Append("--- ").Append(beforeName).Append('\n');
        output.Append("+++ ").Append(afterName).Append('\n');

        var blocks = diff.DiffBlocks;
        var first = 0;
        while (first < blocks.Count)
        {
            // Blocks whose context would touch go into one hunk.
            var last = first;
            while (last + 1 < blocks.Count
                   && blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * Context)
            {
                last++;
            }

            var startA = Math.Max(0, blocks[first].DeleteStartA - Context);
            var startB = Math.Max(0, blocks[first].InsertStartB - Context);
            var endA = Math.Min(a.Count, blocks[last].DeleteStartA + blocks[last].DeleteCountA + Context);
            var endB = Math.Min(b.Count, blocks[last].InsertStartB + blocks[last].InsertCountB + Context);
            output.Append(CultureInfo.InvariantCulture, $"@@ -{Range(startA, endA - startA)} +{Range(startB, endB - startB)} @@\n");

            var lineA = startA;
            for (var i = first; i <= last; i++)
            {
                var block = blocks[i];
                for (; lineA < block.DeleteStartA; lineA++)
                {
                    output.Append(' ').Append(a[lineA]).Append('\n');
                }

                for (var d = 0; d < block.DeleteCountA; d++)
                {
                    output.Append('-').Append(a[block.DeleteStartA + d]).Append('\n');
                }

                for (var n = 0; n < block.InsertCountB; n++)
                {
                    output.Append('+').Append(b[block.InsertStartB + n]).Append('\n');
                }

                lineA = block.DeleteStartA + block.DeleteCountA;
            }

            for (; lineA < endA; lineA++)
            {
                output.Append(' ').Append(a[lineA]).Append('\n');
            }

            first = last + 1;
        }

        return output.ToString();
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Range(int start, int count) => count == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{start},0")
        : string.Create(CultureInfo.InvariantCulture, $"{start + 1},{count}");
}
