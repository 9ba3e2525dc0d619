namespace SmartRoom.Modules.DealRooms.Domain;

internal static class FolderNameRules
{
    public static IRuleBuilderOptions<T, string> FolderName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(255)
            .Must(n => n is null || (!n.Any(char.IsControl) && n.IndexOfAny(['/', '\\']) < 0 && n.Trim() is not ("." or "..")))
            .WithMessage("A folder name has no slashes or control characters and is not '.' or '..'.");
}
