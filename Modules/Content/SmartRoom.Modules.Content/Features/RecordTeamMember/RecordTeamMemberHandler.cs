namespace SmartRoom.Modules.Content.Features.RecordTeamMember;

internal sealed class RecordTeamMemberHandler(ContentDbContext db) : ICommandHandler<RecordTeamMember, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RecordTeamMember command, CancellationToken cancellationToken)
    {
        var member = await db.TeamMembers.FindAsync([command.UserId], cancellationToken);
        if (member is null)
        {
            if (command.Roles is null)
            {
                // A profile change of an account Content has no roles for: not on the team.
                return Done.Value;
            }

            member = new TeamMember { Id = command.UserId };
            db.TeamMembers.Add(member);
        }

        if (command.Roles is not null && command.OccurredAt >= member.RolesUpdatedAt)
        {
            member.IsMarketing = command.Roles.Contains(PlatformRoles.Marketing, StringComparer.Ordinal);
            member.RolesUpdatedAt = command.OccurredAt;
        }

        if (command.Email is not null && command.OccurredAt >= member.ContactUpdatedAt)
        {
            member.Email = command.Email;
            member.DisplayName = command.DisplayName ?? member.DisplayName;
            member.ContactUpdatedAt = command.OccurredAt;
        }

        if (!member.IsMarketing)
        {
            // Outside the team Content keeps no contact details, only what orders the account's events.
            member.Email = "";
            member.DisplayName = "";
        }

        // Two deliveries for a new account at once: the second loses on the key and Wolverine's retry applies it to the row.
        await db.SaveChangesAsync(cancellationToken);

        return Done.Value;
    }
}
