namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>
/// How long a category is kept: <paramref name="Days"/> after <paramref name="Trigger"/> (e.g. 90 days after
/// the sign-in). Null days means the data is kept for as long as its trigger has not happened (e.g. while the
/// account exists) and the category is not swept on a schedule. Operators may override the days in
/// configuration; the policy text shows the effective rule.
/// </summary>
public sealed record RetentionRule(int? Days, string Trigger);
