using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// Chooses the recipients of a notice run in one set-based statement: every active subject at this moment (email
/// confirmed, not locked out, an address on file) becomes a <see cref="PolicyNotice"/> of the run. Does nothing
/// when the run has recipients already, so running it again adds nobody; unique (run, user) holds the rest.
/// Table and column names and stored values come from the EF model, so the statement fits every provider.
/// </summary>
internal static class NoticeRecipients
{
    public static async Task<int> ChooseAsync(PrivacyDbContext db, Guid runId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var notices = Table<PolicyNotice>(db, sql, out var notice);
        var subjects = Table<Subject>(db, sql, out var subject);
        string N(string property) => Column(notice, property, sql);
        string S(string property) => Column(subject, property, sql);

        var statement =
            $"INSERT INTO {notices} ({N(nameof(PolicyNotice.RunId))}, {N(nameof(PolicyNotice.UserId))}, {N(nameof(PolicyNotice.Email))}, " +
            $"{N(nameof(PolicyNotice.DisplayName))}, {N(nameof(PolicyNotice.Status))}) " +
            $"SELECT {{0}}, s.{S(nameof(Subject.Id))}, s.{S(nameof(Subject.Email))}, s.{S(nameof(Subject.DisplayName))}, {{1}} " +
            $"FROM {subjects} s " +
            $"WHERE s.{S(nameof(Subject.EmailConfirmed))} = {{2}} AND s.{S(nameof(Subject.Email))} <> '' " +
            $"AND (s.{S(nameof(Subject.LockedUntil))} IS NULL OR s.{S(nameof(Subject.LockedUntil))} <= {{3}}) " +
            $"AND NOT EXISTS (SELECT 1 FROM {notices} n WHERE n.{N(nameof(PolicyNotice.RunId))} = {{0}}) " +
            $"ORDER BY s.{S(nameof(Subject.Id))}";
        await using var factory = db.Database.GetDbConnection().CreateCommand();
        return await db.Database.ExecuteSqlRawAsync(
            statement,
            [
                Parameter(factory, notice, nameof(PolicyNotice.RunId), "run", runId),
                Parameter(factory, notice, nameof(PolicyNotice.Status), "pending", PolicyNoticeStatus.Pending),
                Parameter(factory, subject, nameof(Subject.EmailConfirmed), "confirmed", true),
                Parameter(factory, subject, nameof(Subject.LockedUntil), "now", now),
            ],
            cancellationToken);
    }

    private static string Table<T>(PrivacyDbContext db, ISqlGenerationHelper sql, out (IEntityType Entity, StoreObjectIdentifier Store) table)
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        table = (entity, store);
        return sql.DelimitIdentifier(store.Name, store.Schema);
    }

    private static string Column((IEntityType Entity, StoreObjectIdentifier Store) table, string property, ISqlGenerationHelper sql) =>
        sql.DelimitIdentifier(table.Entity.FindProperty(property)!.GetColumnName(table.Store)!);

    /// <summary>A parameter made by the column's own mapping, so the value is stored as the column stores it
    /// (a time as SQLite's binary number, an enum as its name, a GUID as SQLite's text).</summary>
    private static System.Data.Common.DbParameter Parameter(
        System.Data.Common.DbCommand factory, (IEntityType Entity, StoreObjectIdentifier Store) table, string property, string name, object value) =>
        ((IProperty)table.Entity.FindProperty(property)!).GetRelationalTypeMapping().CreateParameter(factory, name, value);
}
