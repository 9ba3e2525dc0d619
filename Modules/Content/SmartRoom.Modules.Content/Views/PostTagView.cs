namespace SmartRoom.Modules.Content.Views;

/// <summary>A tag: <paramref name="Tag"/> its slug (addresses, filters), <paramref name="Name"/> as written (plain text).</summary>
internal sealed record PostTagView(string Tag, string Name);
