using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Zxcvbn.Matcher;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>
/// NIST SP 800-63B: no composition rules, a length floor (12, Identity's own length rule) and a check
/// against guessable passwords. Guessability is zxcvbn's estimate (score 0–4), fed with the account's own
/// email and display name; a password must score at least <see cref="MinimumScore"/> ("safely
/// unguessable": about 10^8 guesses and more). zxcvbn's dictionaries include the common password
/// lists, so no separate list is needed. The message says what made the password guessable.
/// </summary>
internal sealed class PasswordStrengthValidator : IPasswordValidator<User>
{
    public const int MinimumScore = 3;
    public const string ErrorCode = "PasswordTooGuessable";

    private static readonly Lazy<Zxcvbn.Zxcvbn> Estimator = new(() => new Zxcvbn.Zxcvbn());
    private static readonly Lock Gate = new();

    public Task<IdentityResult> ValidateAsync(UserManager<User> manager, User user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success); // Identity's length rule answers for that
        }

        var (score, reasons) = Evaluate(password, UserInputs(user));
        return Task.FromResult(score >= MinimumScore
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = Describe(reasons) }));
    }

    /// <summary>zxcvbn's score and the kinds of pattern it found (never the matched text: messages may be logged).</summary>
    internal static (int Score, IReadOnlyList<string> Reasons) Evaluate(string password, IReadOnlyList<string> userInputs)
    {
        Zxcvbn.Result result;
        lock (Gate)
        {
            result = Estimator.Value.EvaluatePassword(password, userInputs);
        }

        var reasons = result.MatchSequence.Select(Reason).OfType<string>().Distinct().ToList();
        return (result.Score, reasons);
    }

    /// <summary>What the user gave us about themselves: email (whole, local part and its pieces) and display name (and its words).</summary>
    internal static IReadOnlyList<string> UserInputs(User user)
    {
        var inputs = new List<string>();
        if (!string.IsNullOrWhiteSpace(user.Email))
        {
            var email = user.Email.Trim().ToLowerInvariant();
            inputs.Add(email);
            var local = email.Split('@')[0];
            inputs.Add(local);
            inputs.AddRange(local.Split(['.', '_', '-', '+'], StringSplitOptions.RemoveEmptyEntries));
        }

        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            var name = user.DisplayName.Trim().ToLowerInvariant();
            inputs.Add(name);
            inputs.Add(name.Replace(" ", "", StringComparison.Ordinal));
            inputs.AddRange(name.Split([' ', '.', '-', '\''], StringSplitOptions.RemoveEmptyEntries));
        }

        return inputs.Where(i => i.Length >= 3).Distinct(StringComparer.Ordinal).ToList();
    }

    private static string? Reason(Zxcvbn.Match match) => match switch
    {
        DictionaryMatch { DictionaryName: "user_inputs" } => "it contains your name or email address",
        DictionaryMatch { DictionaryName: "passwords" } => "it is built from commonly used passwords",
        DictionaryMatch => "it is built from common words or names",
        SpatialMatch => "it contains a keyboard pattern (like qwerty)",
        SequenceMatch => "it contains a sequence (like abc or 1234)",
        RepeatMatch => "it contains repeated characters",
        DateMatch => "it contains a date or year",
        _ => null,
    };

    private static string Describe(IReadOnlyList<string> reasons)
    {
        var why = reasons.Count == 0 ? "" : ": " + string.Join("; ", reasons);
        return string.Create(CultureInfo.InvariantCulture,
            $"This password is too easy to guess{why}. Use a longer passphrase of several unrelated words; capitals, digits or symbols in the usual places do not help.");
    }
}
