using MailKit.Net.Smtp;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using System.Security.Cryptography;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.Notifications.Templates;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.Notifications.Domain;
using SmartRoom.Modules.Notifications.Email;
using SmartRoom.Modules.Notifications.Persistence;

namespace SmartRoom.Modules.Notifications.Tests;

/// <summary>Delivery outcomes against a real (in-memory SQLite) delivery log and a transport that fails on cue.</summary>
public sealed class DeliveryDispatcherTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly ScriptedTransport _transport = new();
    private readonly SealedEmails _sealed = new(new SecretSealer(new PlatformKeys(RandomNumberGenerator.GetBytes(32), [])));
    private NotificationsDbContext _db = null!;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        var options = new DbContextOptionsBuilder<NotificationsSqliteDbContext>();
        ModuleDbContexts.Configure(options, new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=:memory:" }, "notifications");
        options.UseSqlite(_connection);
        _db = new NotificationsSqliteDbContext(options.Options);
        await _db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task A_mailbox_refused_permanently_fails_at_once_and_its_address_is_not_tried_again()
    {
        _transport.Failure = new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable,
            new MailboxAddress("", "gone@example.test"), "5.1.1 no such user");
        var first = await DeliverAsync("gone@example.test");

        first.Status.ShouldBe(DeliveryStatus.Failed);
        first.Attempts.ShouldBe(1);
        (await _db.SuppressedAddresses.SingleAsync()).Address.ShouldBe("GONE@EXAMPLE.TEST");

        _transport.Failure = null;
        var second = await DeliverAsync("Gone@Example.test");

        second.Status.ShouldBe(DeliveryStatus.Failed);
        second.Attempts.ShouldBe(0);
        second.LastError!.ShouldStartWith("Suppressed");
        _transport.Sent.ShouldBe(0);
    }

    [Fact]
    public async Task A_temporary_failure_is_kept_queued_with_back_off_and_the_last_attempt_ends_failed()
    {
        _transport.Failure = new IOException("connection refused");
        var delivery = await DeliverAsync("later@example.test");

        delivery.Status.ShouldBe(DeliveryStatus.Queued);
        delivery.NextAttemptAt.ShouldNotBeNull();
        delivery.LastError!.ShouldContain("connection refused");

        var dispatcher = Dispatcher(maxAttempts: 2);
        await dispatcher.AttemptAsync(delivery, CancellationToken.None);

        delivery.Status.ShouldBe(DeliveryStatus.Failed);
        delivery.Attempts.ShouldBe(2);
        (await _db.EmailDeliveries.CountAsync()).ShouldBe(1, "a failed email is kept, never deleted");
    }

    [Fact]
    public async Task An_email_carrying_a_secret_is_sent_whole_while_the_log_keeps_only_the_redacted_copy_and_the_sealed_one_is_purged()
    {
        _transport.Failure = new IOException("connection refused");
        var delivery = new EmailDelivery
        {
            Id = Guid.CreateVersion7(),
            DeduplicationKey = Guid.NewGuid().ToString(),
            Template = "password-reset",
            To = "owner@example.test",
            Subject = "Reset for [removed]",
            TextBody = "code: [removed]",
            HtmlBody = "<p>code: [removed]</p>",
            SealedContent = _sealed.Seal(new RenderedEmail("password-reset", "Reset for Project Falcon", "code: LIVE-123", "<p>code: LIVE-123</p>"), null),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        _db.EmailDeliveries.Add(delivery);
        await _db.SaveChangesAsync();
        delivery.SealedContent!.ShouldNotContain("LIVE-123");

        await Dispatcher().AttemptAsync(delivery, CancellationToken.None);
        delivery.SealedContent.ShouldNotBeNull("kept sealed while a retry may still need it");

        _transport.Failure = null;
        await Dispatcher().AttemptAsync(delivery, CancellationToken.None);

        delivery.Status.ShouldBe(DeliveryStatus.Sent);
        _transport.LastText!.ShouldContain("LIVE-123");
        _transport.LastSubject.ShouldBe("Reset for Project Falcon");
        delivery.SealedContent.ShouldBeNull();
        (await _db.EmailDeliveries.AsNoTracking().SingleAsync()).TextBody.ShouldNotContain("LIVE-123");
    }

    [Fact]
    public async Task An_attempt_that_finds_the_delivery_already_claimed_sends_nothing()
    {
        var sent = await DeliverAsync("once@example.test");
        sent.Status.ShouldBe(DeliveryStatus.Sent);

        // What a second attempt read before the first one landed (the retry job racing the row's own message).
        var stale = new EmailDelivery
        {
            Id = sent.Id,
            DeduplicationKey = sent.DeduplicationKey,
            Template = sent.Template,
            To = sent.To,
            Subject = sent.Subject,
            TextBody = sent.TextBody,
            HtmlBody = sent.HtmlBody,
            Status = DeliveryStatus.Queued,
            CreatedAt = sent.CreatedAt,
        };
        await Dispatcher().AttemptAsync(stale, CancellationToken.None);

        _transport.Sent.ShouldBe(1);
        stale.Attempts.ShouldBe(0);
        (await _db.EmailDeliveries.AsNoTracking().SingleAsync()).Attempts.ShouldBe(1);
    }

    private async Task<EmailDelivery> DeliverAsync(string to)
    {
        var delivery = new EmailDelivery
        {
            Id = Guid.CreateVersion7(),
            DeduplicationKey = Guid.NewGuid().ToString(),
            Template = "test",
            To = to,
            Subject = "Subject",
            TextBody = "text",
            HtmlBody = "<p>html</p>",
            CreatedAt = DateTimeOffset.UtcNow,
        };
        _db.EmailDeliveries.Add(delivery);
        await _db.SaveChangesAsync();
        await Dispatcher().AttemptAsync(delivery, CancellationToken.None);
        return delivery;
    }

    private DeliveryDispatcher Dispatcher(int maxAttempts = 8) =>
        new(_db, _transport, Options.Create(new EmailOptions { Retry = new RetryOptions { MaxAttempts = maxAttempts } }), _sealed,
            TimeProvider.System, NullLogger<DeliveryDispatcher>.Instance);

    private sealed class ScriptedTransport : IEmailTransport
    {
        public Exception? Failure { get; set; }

        public int Sent { get; private set; }

        public string? LastText { get; private set; }

        public string? LastSubject { get; private set; }

        public Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            if (Failure is not null)
            {
                throw Failure;
            }

            Sent++;
            LastText = message.TextBody;
            LastSubject = message.Subject;
            return Task.FromResult(message.MessageId ?? "");
        }
    }
}
