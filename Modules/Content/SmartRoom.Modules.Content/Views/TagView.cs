namespace SmartRoom.Modules.Content.Views;

/// <summary>A tag as shown: <see cref="Tag"/> its slug (in addresses), <see cref="Name"/> as written.</summary>
internal sealed record TagView(string Tag, string Name);
