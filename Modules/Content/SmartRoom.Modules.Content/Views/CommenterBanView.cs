namespace SmartRoom.Modules.Content.Views;

/// <summary>A ban from commenting; <see cref="AuthorName"/> is the name on the account's latest comment, if it wrote any.</summary>
internal sealed record CommenterBanView(Guid UserId, string? AuthorName, string Reason, DateTimeOffset BannedAt, DateTimeOffset? Until, Guid BannedBy);
