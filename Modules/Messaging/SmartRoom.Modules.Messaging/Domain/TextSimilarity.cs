using System.Globalization;
using System.Text;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// How alike two question texts are: TF-IDF cosine over word tokens (lower-cased, punctuation dropped, a short
/// English stop-word list removed, light suffix stemming). Word order does not matter; wording that shares the
/// telling words (rare in the corpus) scores high, texts that share only common words score low. The corpus the
/// inverse document frequencies come from is only what the caller may compare against (plus the probe), so a
/// score never depends on texts the caller may not see.
/// </summary>
internal static class TextSimilarity
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did", "do", "does",
        "for", "from", "had", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "may", "me", "might", "my",
        "no", "not", "of", "on", "or", "our", "please", "should", "so", "such", "than", "that", "the", "their", "them",
        "then", "there", "these", "they", "this", "those", "to", "us", "was", "we", "were", "what", "when", "where", "which",
        "who", "whom", "why", "will", "with", "would", "you", "your",
    };

    /// <summary>The words of a text that count: lower-cased, split at anything but letters and digits, stop words out, stemmed.</summary>
    public static IReadOnlyList<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (c is '\'' or '\u2019')
            {
                // "company's" is "company": the apostrophe and what follows it are dropped with the word's end.
                Flush(word, tokens);
                word.Append('\u0000');
            }
            else
            {
                Flush(word, tokens);
            }
        }

        Flush(word, tokens);
        return tokens;
    }

    /// <summary>Light stemming: plurals and the common verb endings, so "contracts", "contract", "contracted" meet.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3)
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5)
        {
            return word[..^3];
        }

        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^2];
        }

        if (word.Length > 4 && (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)
                                || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)))
        {
            return word[..^2];
        }

        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }

    /// <summary>
    /// Scores <paramref name="probe"/> against each of <paramref name="candidates"/> (0: nothing shared, 1: the same
    /// words in the same proportions), with inverse document frequencies taken over the candidates and the probe.
    /// </summary>
    public static double[] Score(string probe, IReadOnlyList<string> candidates)
    {
        var probeTokens = Tokens(probe);
        var candidateTokens = candidates.Select(Tokens).ToList();
        var documents = candidateTokens.Count + 1;
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tokens in candidateTokens.Prepend(probeTokens))
        {
            foreach (var term in tokens.Distinct())
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }

        // Smoothed: a word in every document still weighs a little, so two-document corpora still compare.
        double Idf(string term) => Math.Log((1.0 + documents) / (1.0 + frequency.GetValueOrDefault(term))) + 1.0;
        var probeVector = Vector(probeTokens, Idf);
        return candidateTokens.Select(tokens => Cosine(probeVector, Vector(tokens, Idf))).ToArray();
    }

    private static Dictionary<string, double> Vector(IReadOnlyList<string> tokens, Func<string, double> idf) =>
        tokens.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (1.0 + Math.Log(g.Count())) * idf(g.Key), StringComparer.Ordinal);

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = small.Sum(pair => large.TryGetValue(pair.Key, out var other) ? pair.Value * other : 0);
        var norms = Math.Sqrt(a.Values.Sum(v => v * v)) * Math.Sqrt(b.Values.Sum(v => v * v));
        return norms == 0 ? 0 : Math.Min(1.0, dot / norms);
    }

    private static void Flush(StringBuilder word, List<string> tokens)
    {
        if (word.Length > 0 && word[0] != '\u0000')
        {
            var text = word.ToString();
            if (!StopWords.Contains(text))
            {
                tokens.Add(Stem(text));
            }
        }

        word.Clear();
    }
}
