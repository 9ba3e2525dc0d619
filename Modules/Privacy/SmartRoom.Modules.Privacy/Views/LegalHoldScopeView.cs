namespace SmartRoom.Modules.Privacy.Views;

/// <summary>What a hold covers: <c>user</c> or <c>room</c> with its id, or <c>category</c> with its key.</summary>
internal sealed record LegalHoldScopeView(string Kind, Guid? Id, string? Key);
