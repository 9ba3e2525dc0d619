using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.Notifications.Domain;
using SmartRoom.Modules.Notifications.IntegrationEvents;
using SmartRoom.Modules.Notifications.Persistence;
using SmartRoom.Modules.Notifications.Templates.Models;
using Wolverine.Tracking;

namespace SmartRoom.IntegrationTests.Notifications;

/// <summary>At-least-once delivery: every message may arrive twice, and twice must do what once did.</summary>
public sealed class RedeliveryTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task A_notice_delivered_twice_adds_one_feed_entry_one_delivery_one_email_and_no_spare_unsubscribe_link()
    {
        var (userId, email) = (Guid.NewGuid(), IdentityApi.NewEmail("twice"));
        var notice = Notices.To(Guid.NewGuid(), userId, email, "Twice", Categories.AccountActivity, new ProfileChangedEmail("1011 AB"),
            "Profile updated", "Display name \"Twice\".");

        await DeliverAndWaitAsync(notice);
        await DeliverAndWaitAsync(notice);

        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        (await db.InAppNotifications.CountAsync(n => n.UserId == userId)).ShouldBe(1);
        var delivery = await db.EmailDeliveries.SingleAsync(d => d.To == email);
        delivery.Status.ShouldBe(DeliveryStatus.Sent);
        delivery.Attempts.ShouldBe(1);
        (await db.UnsubscribeLinks.CountAsync(l => l.UserId == userId)).ShouldBe(1, "the one link is the one in the email that went");
        App.Smtp.To(email).Count.ShouldBe(1);
        App.Smtp.To(email).Single().Headers["List-Unsubscribe"].ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_delivery_message_delivered_again_after_the_email_went_sends_nothing()
    {
        var email = IdentityApi.NewEmail("sent-once");
        await DeliverAndWaitAsync(Notices.To(Guid.NewGuid(), Guid.NewGuid(), email, "Once", Categories.Security, new AccountUnlockedEmail()));
        Guid deliveryId;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            deliveryId = await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().EmailDeliveries
                .Where(d => d.To == email).Select(d => d.Id).SingleAsync();
        }

        await DeliverAndWaitAsync(new DeliverEmail(deliveryId));

        App.Smtp.To(email).Count.ShouldBe(1);
        await using var check = App.Services.CreateAsyncScope();
        (await check.ServiceProvider.GetRequiredService<NotificationsDbContext>().EmailDeliveries.SingleAsync(d => d.Id == deliveryId))
            .Attempts.ShouldBe(1);
    }

    [Fact]
    public async Task A_room_event_becomes_one_message_per_recipient_and_delivered_twice_tells_each_once()
    {
        var (ann, bea) = (new RoomRecipient(Guid.NewGuid(), IdentityApi.NewEmail("ann"), "Ann"), new RoomRecipient(Guid.NewGuid(), IdentityApi.NewEmail("bea"), "Bea"));
        var joined = new MemberJoined(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), "Falcon", Guid.NewGuid(), IdentityApi.NewEmail("cy"), "Cy",
            "Member", null, [ann, bea]);

        var first = await App.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).PublishMessageAndWaitAsync(joined);
        await App.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).PublishMessageAndWaitAsync(joined);

        first.Sent.MessagesOf<NotifyRecipient>().Select(n => n.Email).ShouldBe([ann.Email, bea.Email], ignoreOrder: true);
        first.Sent.MessagesOf<DeliverEmail>().Count().ShouldBe(2);
        App.Smtp.To(ann.Email).Count.ShouldBe(1);
        App.Smtp.To(bea.Email).Count.ShouldBe(1);
        Guid[] users = [ann.UserId, bea.UserId];
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        (await db.InAppNotifications.CountAsync(n => users.Contains(n.UserId))).ShouldBe(2);
        (await db.EmailDeliveries.CountAsync(d => d.UserId != null && users.Contains(d.UserId.Value))).ShouldBe(2);
        (await db.UnsubscribeLinks.CountAsync(l => users.Contains(l.UserId))).ShouldBe(2);
    }

    /// <summary>Delivers a message and waits until everything it set off (notices, deliveries) has finished.</summary>
    private Task DeliverAndWaitAsync(object message) =>
        App.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).PublishMessageAndWaitAsync(message);
}
