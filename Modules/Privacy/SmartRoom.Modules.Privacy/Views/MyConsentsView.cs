namespace SmartRoom.Modules.Privacy.Views;

/// <summary>Every purpose and where the signed-in person stands with it.</summary>
internal sealed record MyConsentsView(IReadOnlyList<ConsentStateView> Purposes);
