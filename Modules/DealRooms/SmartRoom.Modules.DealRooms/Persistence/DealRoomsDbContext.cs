using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.DealRooms.Domain;

namespace SmartRoom.Modules.DealRooms.Persistence;

/// <summary>Rooms, members, groups, invitations, folders and the audit trail, in schema <c>dealrooms</c>.</summary>
internal class DealRoomsDbContext(DbContextOptions options, AuditKeys? auditKeys = null) : DbContext(options)
{
    public const string Schema = "dealrooms";

    public DbSet<Room> Rooms => Set<Room>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<Group> Groups => Set<Group>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<Folder> Folders => Set<Folder>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<DocumentVersion> DocumentVersions => Set<DocumentVersion>();

    public DbSet<Permission> Permissions => Set<Permission>();

    public DbSet<TermsAcceptance> TermsAcceptances => Set<TermsAcceptance>();

    public DbSet<SupportAccessRequest> SupportAccessRequests => Set<SupportAccessRequest>();

    /// <summary>
    /// Saves, linking new audit records into their rooms' chains first and moving each room's chain head in
    /// the same transaction. Two writers in one room may pick the same place; the loser's insert breaks the
    /// unique (room, seq) index (or its head update finds the head moved: the head's seq is a concurrency
    /// token), and it links again behind the winner and retries (inside a caller's transaction EF rolls back
    /// to a savepoint first).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var pending = ChangeTracker.Entries<AuditRecord>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
            if (pending.Count > 0)
            {
                await AuditChainLinker.LinkAsync(this, pending,
                    auditKeys ?? throw new InvalidOperationException("Audit records need the audit keys (resolve the context from DI)."),
                    cancellationToken);
            }

            try
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }
            catch (DbUpdateException e) when (pending.Count > 0 && attempt < 10)
            {
                if (e is not DbUpdateConcurrencyException && !await ChainMovedAsync(pending, cancellationToken))
                {
                    throw;
                }

                await Task.Delay(Random.Shared.Next(5, 20 * attempt), cancellationToken);
            }
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Save with SaveChangesAsync: it links audit records into their chains.");

    private async Task<bool> ChainMovedAsync(IReadOnlyList<AuditRecord> pending, CancellationToken ct)
    {
        foreach (var room in pending.GroupBy(r => r.RoomId))
        {
            var first = room.Min(r => r.Seq);
            if (await AuditRecords.AsNoTracking().AnyAsync(r => r.RoomId == room.Key && r.Seq >= first, ct)
                || await AuditChainHeads.AsNoTracking().AnyAsync(h => h.RoomId == room.Key && h.Seq >= first, ct))
            {
                return true;
            }
        }

        return false;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseModuleConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Room>(r =>
        {
            r.ToTable("Rooms");
            r.HasKey(x => x.Id);
            r.Property(x => x.Name).HasMaxLength(200);
            r.Property(x => x.Description).HasMaxLength(4000);
            r.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            r.Property(x => x.TermsText).HasMaxLength(100_000);
            r.Property(x => x.TermsHash).HasMaxLength(64);
            r.Property(x => x.IpAllowList).HasMaxLength(4000);
        });
        modelBuilder.Entity<Member>(m =>
        {
            m.ToTable("Members");
            m.HasKey(x => new { x.RoomId, x.UserId });
            m.HasIndex(x => x.UserId);
            m.Property(x => x.Email).HasMaxLength(256);
            m.Property(x => x.DisplayName).HasMaxLength(100);
            m.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<Group>(g =>
        {
            g.ToTable("Groups");
            g.HasKey(x => x.Id);
            g.HasIndex(x => new { x.RoomId, x.Name }).IsUnique();
            g.Property(x => x.Name).HasMaxLength(100);
        });
        modelBuilder.Entity<Invitation>(i =>
        {
            i.ToTable("Invitations");
            i.HasKey(x => x.Id);
            i.HasIndex(x => x.TokenHash).IsUnique();
            i.HasIndex(x => x.RoomId);
            i.Property(x => x.Email).HasMaxLength(256);
            i.Property(x => x.TokenHash).HasMaxLength(64);
            i.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<Folder>(f =>
        {
            f.ToTable("Folders");
            f.HasKey(x => x.Id);
            f.HasIndex(x => new { x.RoomId, x.ParentId });
            f.Property(x => x.Name).HasMaxLength(255);
            f.Property(x => x.Index).HasMaxLength(100);
        });
        modelBuilder.Entity<AuditRecord>(a =>
        {
            a.ToTable("AuditRecords");
            a.HasKey(x => x.Id);
            a.HasIndex(x => new { x.RoomId, x.Seq }).IsUnique();
            a.Ignore(x => x.AppendOrder);
            a.Property(x => x.ActorKind).HasConversion<string>().HasMaxLength(20);
            a.Property(x => x.Action).HasMaxLength(60);
            a.Property(x => x.TargetType).HasMaxLength(40);
            a.Property(x => x.TargetId).HasMaxLength(100);
            a.Property(x => x.IpAddress).HasMaxLength(64);
            a.Property(x => x.UserAgent).HasMaxLength(512);
            a.Property(x => x.PrevHash).HasMaxLength(64);
            a.Property(x => x.Hash).HasMaxLength(64);
            a.Property(x => x.KeyId).HasMaxLength(20);
        });
        modelBuilder.Entity<AuditChainHead>(h =>
        {
            // Kept apart from the records: a truncated chain no longer reaches its head.
            h.ToTable("AuditChainHeads");
            h.HasKey(x => x.RoomId);
            h.Property(x => x.Seq).IsConcurrencyToken();
            h.Property(x => x.Hash).HasMaxLength(64);
            h.Property(x => x.KeyId).HasMaxLength(20);
            h.Property(x => x.Mac).HasMaxLength(64);
        });
        modelBuilder.Entity<AuditCheckpoint>(c =>
        {
            c.ToTable("AuditCheckpoints");
            c.HasKey(x => x.Id);
            c.HasIndex(x => new { x.RoomId, x.Seq });
            c.Property(x => x.Hash).HasMaxLength(64);
            c.Property(x => x.KeyId).HasMaxLength(20);
            c.Property(x => x.Signature).HasMaxLength(100);
        });
        modelBuilder.Entity<Document>(d =>
        {
            d.ToTable("Documents");
            d.HasKey(x => x.Id);
            d.HasIndex(x => new { x.RoomId, x.FolderId });
            d.Property(x => x.Name).HasMaxLength(255);
        });
        modelBuilder.Entity<DocumentVersion>(v =>
        {
            v.ToTable("DocumentVersions");
            v.HasKey(x => new { x.DocumentId, x.Version });
            v.Property(x => x.BlobName).HasMaxLength(64);
            v.Property(x => x.Sha256).HasMaxLength(64);
            v.Property(x => x.ContentType).HasMaxLength(150);
            v.Property(x => x.KeyId).HasMaxLength(20);
            v.Property(x => x.WrappedKey).HasMaxLength(1024);
            v.Property(x => x.NoncePrefix).HasMaxLength(16);
        });
        modelBuilder.Entity<Permission>(p =>
        {
            p.ToTable("Permissions");
            p.HasKey(x => x.Id);
            p.HasIndex(x => new { x.RoomId, x.GroupId });
            p.HasIndex(x => new { x.GroupId, x.FolderId, x.DocumentId }).IsUnique();
            p.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<TermsAcceptance>(t =>
        {
            t.ToTable("TermsAcceptances");
            t.HasKey(x => x.Id);
            t.HasIndex(x => new { x.RoomId, x.UserId, x.TermsHash });
            t.Property(x => x.TermsHash).HasMaxLength(64);
            t.Property(x => x.IpAddress).HasMaxLength(64);
            t.Property(x => x.UserAgent).HasMaxLength(512);
        });
        modelBuilder.Entity<SupportAccessRequest>(s =>
        {
            s.ToTable("SupportAccessRequests");
            s.HasKey(x => x.Id);
            s.HasIndex(x => new { x.RoomId, x.RequestedBy });
            s.Property(x => x.RequesterEmail).HasMaxLength(256);
            s.Property(x => x.RequesterName).HasMaxLength(100);
            s.Property(x => x.Reason).HasMaxLength(1000);
            s.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.UseModuleSchema(Database, Schema);
    }
}
