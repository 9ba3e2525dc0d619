namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// That Privacy asked Identity, once, for every account that existed before it was deployed (its copy of
/// accounts is otherwise fed by account events only). One row; its presence keeps later start-ups from asking again.
/// </summary>
internal sealed class AccountReplay
{
    public Guid Id { get; init; }

    public DateTimeOffset RequestedAt { get; init; }
}
