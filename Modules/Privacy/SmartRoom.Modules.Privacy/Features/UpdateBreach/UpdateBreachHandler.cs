using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.UpdateBreach;

internal sealed class UpdateBreachHandler(PrivacyDbContext db, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<UpdateBreach, Result<BreachView>>
{
    public async ValueTask<Result<BreachView>> Handle(UpdateBreach command, CancellationToken cancellationToken)
    {
        if (await BreachRegister.CurrentAsync(db, command.BreachId, cancellationToken) is not { } current)
        {
            return BreachRegister.NotFound;
        }

        if (current.ClosedAt is not null)
        {
            return BreachRegister.IsClosed;
        }

        var c = command;
        var changed = new List<string>();
        T Pick<T>(string field, T? value, T now) where T : class =>
            value is not null && !Equals(value, now) ? Changed(field, value) : now;
        TS PickValue<TS>(string field, TS? value, TS now) where TS : struct =>
            value is { } v && !v.Equals(now) ? Changed(field, v) : now;
        TV Changed<TV>(string field, TV value)
        {
            changed.Add(field);
            return value;
        }

        var awareAt = PickValue("awareAt", BreachRules.Utc(c.AwareAt), current.AwareAt);
        var notifiable = PickValue("notifiable", c.Notifiable, current.Notifiable);
        var next = current.Next(BreachEntryKinds.Updated, clock.GetUtcNow(), caller.Id, c.Note!.Trim(), changed) with
        {
            DetectedAt = PickValue("detectedAt", BreachRules.Utc(c.DetectedAt), current.DetectedAt),
            AwareAt = awareAt,
            SaDueAt = BreachClock.SaDueAt(awareAt),
            Nature = Pick("nature", c.Nature?.Trim(), current.Nature),
            Categories = Pick("categories", c.Categories is null ? null : BreachRules.Join(c.Categories), current.Categories),
            ApproxSubjects = PickValue("approxSubjects", c.ApproxSubjects, current.ApproxSubjects),
            ApproxRecords = PickValue("approxRecords", c.ApproxRecords, current.ApproxRecords),
            Consequences = Pick("consequences", c.Consequences?.Trim(), current.Consequences),
            Measures = Pick("measures", c.Measures?.Trim(), current.Measures),
            DpoContact = Pick("dpoContact", c.DpoContact?.Trim(), current.DpoContact),
            Role = Pick("role", c.Role, current.Role),
            Notifiable = notifiable,
            NotNotifiableReason = notifiable ? null : Pick("notNotifiableReason", c.NotNotifiableReason?.Trim(), current.NotNotifiableReason ?? "") is { Length: > 0 } why ? why : null,
            RoomId = c.RoomId is { } room && room != current.RoomId ? Changed("roomId", (Guid?)room) : current.RoomId,
        };

        if (changed.Count == 0)
        {
            return Error.Validation("note", "The update changes no field: name at least one field with its new value.");
        }

        next = next with { Changed = string.Join(',', changed) };
        if (BreachRules.Check(next, next.RecordedAt) is { } errors)
        {
            return Error.Validation(errors);
        }

        db.BreachEntries.Add(next);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return BreachRegister.Raced;
        }

        return BreachView.From(next, next.RecordedAt);
    }
}
