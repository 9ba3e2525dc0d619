namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>The filters the audit list and its export share; each one given narrows the records.</summary>
internal interface IAuditFilter
{
    Guid? ActorId { get; }

    string? Action { get; }

    /// <summary>Records about that document (target type <c>document</c>).</summary>
    Guid? DocumentId { get; }

    /// <summary><see cref="Domain.ActorKind"/> by name, any case: Member, Manager, Support, System.</summary>
    string? ActorKind { get; }

    /// <summary>Inclusive.</summary>
    DateTimeOffset? From { get; }

    /// <summary>Exclusive.</summary>
    DateTimeOffset? To { get; }
}
