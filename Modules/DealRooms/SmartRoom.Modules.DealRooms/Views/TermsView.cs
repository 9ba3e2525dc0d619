using System.Text;

namespace SmartRoom.Modules.DealRooms.Views;

/// <summary>The room's terms as members read them; <see cref="Sha256"/> is what an acceptance binds to.</summary>
internal sealed record TermsView(string Text, int Version, string Sha256, DateTimeOffset UpdatedAt, DateTimeOffset? AcceptedAt);
