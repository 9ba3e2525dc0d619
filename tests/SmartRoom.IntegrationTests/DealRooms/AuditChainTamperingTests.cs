using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
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

    private string Heads => Sqlite ? "\"dealrooms_AuditChainHeads\"" : "dealrooms.\"AuditChainHeads\"";

    private string Checkpoints => Sqlite ? "\"dealrooms_AuditCheckpoints\"" : "dealrooms.\"AuditCheckpoints\"";

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

    [Fact]
    public async Task A_truncation_with_the_head_rolled_back_is_caught_by_a_checkpoint_downloaded_before()
    {
        var (manager, room) = await RoomWithRecordsAsync(3);
        var savedHead = await ReadHeadAsync(room); // the attacker keeps a copy of the head as it was at seq 3
        for (var i = 0; i < 3; i++)
        {
            await manager.CreateFolderAsync(room, $"Later {i}");
        }

        var checkpoint = await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room}/audit/checkpoint");
        checkpoint.GetProperty("seq").GetInt64().ShouldBe(6);

        // Records 4–6 go, and the head goes back to the copy that matches record 3.
        await ExecuteAsync($"DELETE FROM {Records} WHERE \"RoomId\" = @room AND \"Seq\" > 3", room);
        await WriteHeadAsync(room, savedHead);

        // The checkpoint SmartRoom stored when it issued one still catches it...
        var stored = await manager.VerifyAuditAsync(room);
        stored.GetProperty("valid").GetBoolean().ShouldBeFalse();
        Problems(stored).ShouldBe([("truncated", 4L, (long?)3)]);

        // ...and once the attacker deletes the stored checkpoints too, the head check passes,
        await ExecuteAsync($"DELETE FROM {Checkpoints} WHERE \"RoomId\" = @room", room);
        var rolledBack = await manager.VerifyAuditAsync(room);
        rolledBack.GetProperty("valid").GetBoolean().ShouldBeTrue();
        rolledBack.GetProperty("head").GetProperty("seq").GetInt64().ShouldBe(3);

        // but the checkpoint the manager kept says the chain no longer holds record 6.
        var response = await manager.PostAsJsonAsync($"/api/deal-rooms/{room}/audit/verify-checkpoint", checkpoint);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var check = await response.Content.ReadFromJsonAsync<JsonElement>();
        check.GetProperty("holds").GetBoolean().ShouldBeFalse();
        check.GetProperty("reason").GetString().ShouldBe("missing");
        check.GetProperty("chain").GetProperty("valid").GetBoolean().ShouldBeFalse();
        Problems(check.GetProperty("chain")).ShouldBe([("truncated", 4L, (long?)3)]);
    }

    [Fact]
    public async Task A_checkpoint_verifies_offline_with_the_public_key_and_a_tampered_one_is_refused()
    {
        var (manager, room) = await RoomWithRecordsAsync(4);
        var checkpoint = await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room}/audit/checkpoint");
        var keys = await manager.GetFromJsonAsync<JsonElement>("/api/audit/signing-key");
        var keyId = checkpoint.GetProperty("keyId").GetString()!;
        keys.GetProperty("activeKeyId").GetString().ShouldBe(keyId);
        var published = keys.GetProperty("keys").EnumerateArray().Single(k => k.GetProperty("keyId").GetString() == keyId);

        // Plain .NET, nothing of SmartRoom's: the canonical bytes as documented, the SPKI public key, ES256 (r ‖ s).
        using var ecdsa = ECDsa.Create();
        ecdsa.ImportSubjectPublicKeyInfo(Convert.FromBase64String(published.GetProperty("spki").GetString()!), out _);
        var signature = Convert.FromBase64String(checkpoint.GetProperty("signature").GetString()!);
        ecdsa.VerifyData(CheckpointBytes(checkpoint), signature, HashAlgorithmName.SHA256).ShouldBeTrue();
        using (var fromPem = ECDsa.Create())
        {
            fromPem.ImportFromPem(published.GetProperty("pem").GetString());
            fromPem.VerifyData(CheckpointBytes(checkpoint), signature, HashAlgorithmName.SHA256).ShouldBeTrue();
        }

        var held = await manager.PostAsJsonAsync($"/api/deal-rooms/{room}/audit/verify-checkpoint", checkpoint);
        (await held.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("holds").GetBoolean().ShouldBeTrue();

        // The same checkpoint claiming an earlier seq: the signature no longer matches, and it is refused.
        var tampered = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(checkpoint.GetRawText())!;
        tampered["seq"] = JsonSerializer.SerializeToElement(2);
        ecdsa.VerifyData(CheckpointBytes(JsonSerializer.SerializeToElement(tampered)), signature, HashAlgorithmName.SHA256).ShouldBeFalse();
        var refused = await manager.PostAsJsonAsync($"/api/deal-rooms/{room}/audit/verify-checkpoint", tampered);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.ProblemAsync()).GetProperty("type").GetString().ShouldBe("urn:smartroom:problem:checkpoint-signature-invalid");

        // A malformed checkpoint is bad input, named per field.
        var malformed = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(checkpoint.GetRawText())!;
        malformed["hash"] = JsonSerializer.SerializeToElement("not a hash");
        var invalid = await manager.PostAsJsonAsync($"/api/deal-rooms/{room}/audit/verify-checkpoint", malformed);
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await invalid.ProblemAsync()).GetProperty("errors").EnumerateObject().ShouldContain(e => e.Name.Contains("Hash", StringComparison.OrdinalIgnoreCase));

        // Nor may a checkpoint of one room be checked against another.
        var (_, other) = (manager, (await manager.CreateRoomAsync("Other")).Id);
        (await manager.PostAsJsonAsync($"/api/deal-rooms/{other}/audit/verify-checkpoint", checkpoint)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_daily_job_stores_a_checkpoint_per_room_whose_chain_moved()
    {
        var (manager, room) = await RoomWithRecordsAsync(2);
        await manager.CreateRoomAsync("Second");

        using var scope = App.Services.CreateScope();
        var job = scope.ServiceProvider.GetRequiredService<SmartRoom.Modules.DealRooms.Jobs.AuditCheckpointsJob>();
        await job.Run(CancellationToken.None);
        (await App.Database.CountAsync("dealrooms", "AuditCheckpoints")).ShouldBe(2);

        await job.Run(CancellationToken.None); // nothing moved: nothing new
        (await App.Database.CountAsync("dealrooms", "AuditCheckpoints")).ShouldBe(2);

        await manager.CreateFolderAsync(room, "Moved");
        await job.Run(CancellationToken.None);
        (await App.Database.CountAsync("dealrooms", "AuditCheckpoints")).ShouldBe(3);
        (await manager.VerifyAuditAsync(room)).GetProperty("checkpointsChecked").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Records_hashed_before_the_chain_was_keyed_keep_verifying_and_are_anchored_by_the_next_append()
    {
        var (manager, room) = await RoomWithRecordsAsync(3);
        var trail = await TrailAsync(manager, room);

        // The room as an earlier version left it: plain SHA-256 hashes (version 1, no key id), no head.
        var previous = new string('0', 64);
        var plain = new List<string?>();
        foreach (var record in trail)
        {
            var hash = PlainHash(previous, room, record, record.GetProperty("details").GetString()!);
            plain.Add(hash);
            await ExecuteAsync($"UPDATE {Records} SET \"PrevHash\" = @prev, \"Hash\" = @hash, \"HashVersion\" = 1, \"KeyId\" = NULL " +
                "WHERE \"RoomId\" = @room AND \"Seq\" = @seq", room, ("prev", previous), ("hash", hash), ("seq", record.GetProperty("seq").GetInt64()));
            previous = hash;
        }

        await ExecuteAsync($"DELETE FROM {Heads} WHERE \"RoomId\" = @room", room);
        var legacy = await manager.VerifyAuditAsync(room);
        legacy.GetProperty("valid").GetBoolean().ShouldBeTrue();
        legacy.GetProperty("anchored").GetBoolean().ShouldBeFalse();

        // The next append keys the chain from there on and writes the head; the old records stay as they are.
        await manager.CreateFolderAsync(room, "After the upgrade");
        var anchored = await manager.VerifyAuditAsync(room);
        anchored.GetProperty("valid").GetBoolean().ShouldBeTrue();
        anchored.GetProperty("anchored").GetBoolean().ShouldBeTrue();
        anchored.GetProperty("head").GetProperty("seq").GetInt64().ShouldBe(4);
        (await TrailAsync(manager, room)).Take(3).Select(r => r.GetProperty("hash").GetString()).ShouldBe(plain);

        // A plain record after the head's legacy bound is not accepted: downgrading record 4 shows.
        var fourth = (await TrailAsync(manager, room))[3];
        await ExecuteAsync($"UPDATE {Records} SET \"Hash\" = @hash, \"HashVersion\" = 1, \"KeyId\" = NULL WHERE \"RoomId\" = @room AND \"Seq\" = 4", room,
            ("hash", PlainHash(plain[2]!, room, fourth, fourth.GetProperty("details").GetString()!)));
        Problems(await manager.VerifyAuditAsync(room)).ShouldBe([("edited", 4L, (long?)null)]);
    }

    [Fact]
    public async Task A_checkpoint_anchors_a_room_still_on_plain_hashes()
    {
        var (manager, room) = await RoomWithRecordsAsync(2);
        var trail = await TrailAsync(manager, room);
        var previous = new string('0', 64);
        foreach (var record in trail)
        {
            var hash = PlainHash(previous, room, record, record.GetProperty("details").GetString()!);
            await ExecuteAsync($"UPDATE {Records} SET \"PrevHash\" = @prev, \"Hash\" = @hash, \"HashVersion\" = 1, \"KeyId\" = NULL " +
                "WHERE \"RoomId\" = @room AND \"Seq\" = @seq", room, ("prev", previous), ("hash", hash), ("seq", record.GetProperty("seq").GetInt64()));
            previous = hash;
        }

        await ExecuteAsync($"DELETE FROM {Heads} WHERE \"RoomId\" = @room", room);

        var checkpoint = await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room}/audit/checkpoint");
        checkpoint.GetProperty("seq").GetInt64().ShouldBe(2);
        checkpoint.GetProperty("hash").GetString().ShouldBe(previous);
        var verification = await manager.VerifyAuditAsync(room);
        verification.GetProperty("valid").GetBoolean().ShouldBeTrue();
        verification.GetProperty("anchored").GetBoolean().ShouldBeTrue();
        verification.GetProperty("checkpointsChecked").GetInt32().ShouldBe(1);
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

    /// <summary><c>["smartroom.audit-checkpoint.v1", roomId, seq, hash, issuedAt, keyId]</c>, canonical as above.</summary>
    private static byte[] CheckpointBytes(JsonElement c) => JsonSerializer.SerializeToUtf8Bytes(
        new object[]
        {
            "smartroom.audit-checkpoint.v1", c.GetProperty("roomId").GetGuid().ToString("D"), c.GetProperty("seq").GetInt64(),
            c.GetProperty("hash").GetString()!,
            c.GetProperty("issuedAt").GetDateTimeOffset().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            c.GetProperty("keyId").GetString()!,
        },
        new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private async Task<Dictionary<string, object>> ReadHeadAsync(Guid room)
    {
        await using var connection = App.Database.OpenConnection();
        await using var command = Command(connection, $"SELECT * FROM {Heads} WHERE \"RoomId\" = @room", room);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue("the room has a chain head");
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetValue);
    }

    private async Task WriteHeadAsync(Guid room, Dictionary<string, object> head)
    {
        var columns = head.Keys.Where(k => k != "RoomId").ToList();
        await ExecuteAsync($"UPDATE {Heads} SET {string.Join(", ", columns.Select(c => $"\"{c}\" = @{c}"))} WHERE \"RoomId\" = @room", room,
            columns.Select(c => (c, (object?)head[c])).ToArray());
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
