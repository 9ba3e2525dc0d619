using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.DealRooms;

/// <summary>
/// Someone with write access to the database, but not the master key, rewrites a room's audit chain the way
/// an attacker would — straight in the tables — and the room's managers find out over HTTP.
/// </summary>
public sealed class AuditChainTamperingTests(SmartRoomApp app) : AppTest(app)
{
    private bool Sqlite => App.Database.Provider == "Sqlite";

    private string Records => Sqlite ? "\"dealrooms_AuditRecords\"" : "dealrooms.\"AuditRecords\"";

    [Fact]
    public async Task Deleting_the_newest_records_is_reported_as_truncation()
    {
        var (manager, room) = await RoomWithRecordsAsync(7);

        await ExecuteAsync($"DELETE FROM {Records} WHERE \"RoomId\" = @room AND \"Seq\" > 5", room);

        var verification = await manager.VerifyAuditAsync(room);
        verification.GetProperty("valid").GetBoolean().ShouldBeFalse();
        verification.GetProperty("checked").GetInt64().ShouldBe(5);
        Problems(verification).ShouldBe([("truncated", 6L, (long?)2)]);
        verification.GetProperty("firstInvalidSeq").GetInt64().ShouldBe(6);
        verification.GetProperty("head").GetProperty("seq").GetInt64().ShouldBe(7);
    }

    [Fact]
    public async Task An_edited_record_is_reported_even_when_the_tail_is_re_hashed_without_the_key()
    {
        var (manager, room) = await RoomWithRecordsAsync(7);
        var trail = await TrailAsync(manager, room);

        // Forge record 3's details and recompute the documented plain SHA-256 chain from there on, as whoever
        // can write to the database but holds no key would (also claiming the plain, pre-keying hash version).
        var previous = trail[1].GetProperty("hash").GetString()!;
        foreach (var record in trail.Skip(2))
        {
            var seq = record.GetProperty("seq").GetInt64();
            var details = seq == 3 ? "{\"name\":\"Forged\"}" : record.GetProperty("details").GetString()!;
            var hash = PlainHash(previous, room, record, details);
            await ExecuteAsync(
                $"UPDATE {Records} SET \"Details\" = @details, \"PrevHash\" = @prev, \"Hash\" = @hash, \"HashVersion\" = 1, \"KeyId\" = NULL " +
                "WHERE \"RoomId\" = @room AND \"Seq\" = @seq", room, ("details", details), ("prev", previous), ("hash", hash), ("seq", seq));
            previous = hash;
        }

        var verification = await manager.VerifyAuditAsync(room);
        verification.GetProperty("valid").GetBoolean().ShouldBeFalse();
        verification.GetProperty("firstInvalidSeq").GetInt64().ShouldBe(3);
        verification.GetProperty("firstInvalidId").GetGuid().ShouldBe(trail[2].GetProperty("id").GetGuid());
        Problems(verification).ShouldBe([("edited", 3L, (long?)null), ("edited", 4L, null), ("edited", 5L, null), ("edited", 6L, null), ("edited", 7L, null)]);
    }

    [Fact]
    public async Task A_record_deleted_from_the_middle_is_reported_even_after_renumbering()
    {
        var (manager, room) = await RoomWithRecordsAsync(7);
        var trail = await TrailAsync(manager, room);

        // Delete record 4 and close the gap (in two steps, so that no seq is taken twice midway).
        await ExecuteAsync($"DELETE FROM {Records} WHERE \"RoomId\" = @room AND \"Seq\" = 4", room);
        await ExecuteAsync($"UPDATE {Records} SET \"Seq\" = -\"Seq\" WHERE \"RoomId\" = @room AND \"Seq\" > 4", room);
        await ExecuteAsync($"UPDATE {Records} SET \"Seq\" = -\"Seq\" - 1 WHERE \"RoomId\" = @room AND \"Seq\" < 0", room);

        var verification = await manager.VerifyAuditAsync(room);
        verification.GetProperty("valid").GetBoolean().ShouldBeFalse();
        verification.GetProperty("checked").GetInt64().ShouldBe(6);
        Problems(verification).ShouldBe([("deleted", 4L, (long?)1)]);
        verification.GetProperty("firstInvalidSeq").GetInt64().ShouldBe(4);
        verification.GetProperty("firstInvalidId").GetGuid().ShouldBe(trail[4].GetProperty("id").GetGuid());

        // The room keeps working, and the gap stays on the record.
        await manager.CreateFolderAsync(room, "After the deletion");
        var later = await manager.VerifyAuditAsync(room);
        Problems(later).ShouldBe([("deleted", 4L, (long?)1)]);
        later.GetProperty("head").GetProperty("seq").GetInt64().ShouldBe(8);
    }

    private async Task<(HttpClient Manager, Guid Room)> RoomWithRecordsAsync(int records)
    {
        var manager = App.Client(await App.ManagerAsync());
        var room = (await manager.CreateRoomAsync()).Id;
        for (var i = 1; i < records; i++)
        {
            await manager.CreateFolderAsync(room, $"Folder {i}");
        }

        var intact = await manager.VerifyAuditAsync(room);
        intact.GetProperty("valid").GetBoolean().ShouldBeTrue();
        intact.GetProperty("checked").GetInt64().ShouldBe(records);
        intact.GetProperty("anchored").GetBoolean().ShouldBeTrue();
        return (manager, room);
    }

    private static async Task<List<JsonElement>> TrailAsync(HttpClient manager, Guid room) =>
        (await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room}/audit?pageSize=500")).GetProperty("items").EnumerateArray().ToList();

    private static List<(string Kind, long Seq, long? Count)> Problems(JsonElement verification) =>
        verification.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("kind").GetString()!, p.GetProperty("seq").GetInt64(),
                p.TryGetProperty("count", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt64() : (long?)null))
            .ToList();

    /// <summary>The documented canonical form: a JSON array, UTF-8, no whitespace, minimal escaping; SHA-256 in lower-case hex.</summary>
    private static string PlainHash(string previous, Guid room, JsonElement r, string details)
    {
        string? Text(string name) => r.GetProperty(name).ValueKind == JsonValueKind.Null ? null : r.GetProperty(name).GetString();
        object?[] fields =
        [
            previous, r.GetProperty("seq").GetInt64(), room.ToString("D"),
            r.GetProperty("occurredAt").GetDateTimeOffset().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            Text("actorId"), Text("actorKind"), Text("action"), Text("targetType"), Text("targetId"), Text("ipAddress"), Text("userAgent"), details,
        ];
        var bytes = JsonSerializer.SerializeToUtf8Bytes(fields, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    private async Task ExecuteAsync(string sql, Guid room, params (string Name, object? Value)[] parameters)
    {
        await using var connection = App.Database.OpenConnection();
        await using var command = Command(connection, sql, room, parameters);
        await command.ExecuteNonQueryAsync();
    }

    private DbCommand Command(DbConnection connection, string sql, Guid room, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        // EF stores GUIDs as upper-case text on SQLite.
        Add("room", Sqlite ? room.ToString().ToUpperInvariant() : room);
        foreach (var (name, value) in parameters)
        {
            Add(name, value);
        }

        return command;

        void Add(string name, object? value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
    }
}
