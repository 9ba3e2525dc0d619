using MailKit.Net.Smtp;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.Modules.Notifications.Domain;
using SmartRoom.Modules.Notifications.Email;
using SmartRoom.Modules.Notifications.Features.SendEmail;
using SmartRoom.Modules.Notifications.Persistence;

namespace SmartRoom.Modules.Notifications.Tests;

/// <summary>Delivery outcomes against a real (in-memory SQLite) delivery log and a transport that fails on cue.</summary>
public sealed class DeliveryDispatcherTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly ScriptedTransport _transport = new();
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
        new(_db, _transport, Options.Create(new EmailOptions { Retry = new RetryOptions { MaxAttempts = maxAttempts } }), TimeProvider.System,
            NullLogger<DeliveryDispatcher>.Instance);

    private sealed class ScriptedTransport : IEmailTransport
    {
        public Exception? Failure { get; set; }

        public int Sent { get; private set; }

        public Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            if (Failure is not null)
            {
                throw Failure;
            }

            Sent++;
            return Task.FromResult(message.MessageId ?? "");
        }
    }
}
