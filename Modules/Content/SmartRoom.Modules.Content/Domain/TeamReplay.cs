namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// That Content asked Identity, once, for every account that existed before it was deployed (its marketing team copy
/// is otherwise fed by account events only). One row; its presence keeps later start-ups from asking again.
/// </summary>
internal sealed class TeamReplay
{
    public Guid Id { get; init; }

    public DateTimeOffset RequestedAt { get; init; }
}
