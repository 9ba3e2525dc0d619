using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.GiveConsents;

/// <summary>
/// The signed-in person gives or withdraws consent, one decision per purpose: each is a new ledger record (method
/// <c>api</c>, the current version's text hash, the time, the address's network and the browser), and every purpose
/// whose state changed is announced to the other modules with <c>ConsentChanged</c>.
/// </summary>
[RequiresUser]
internal sealed record GiveConsents(IReadOnlyList<ConsentChoice> Decisions, string? IpAddress, string? UserAgent)
    : ICommand<Result<MyConsentsView>>;

/// <param name="Granted">True to give consent, false to withdraw it.</param>
internal sealed record ConsentChoice(string? Purpose, bool? Granted);
