namespace SmartRoom.Modules.DealRooms.Domain;

internal static class FileNameRules
{
    /// <summary>A plain name: no path (no traversal), no control characters, not "." or "..".</summary>
    public static IRuleBuilderOptions<T, string> FileName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(255)
            .Must(n => n is null || (!n.Any(char.IsControl) && n.IndexOfAny(['/', '\\', ':']) < 0 && n.Trim() is not ("." or "..") && n.Trim().Length > 0))
            .WithMessage("The file name must be a plain name: no folders, colons or control characters.");
}
