using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.Identity.Contracts;
using Wolverine.Tracking;

namespace SmartRoom.IntegrationTests.Platform;

public sealed class MessagingTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Registration_reaches_Notifications_through_the_outbox_and_sends_one_email()
    {
        var email = IdentityApi.NewEmail();

        var session = await App.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60))
            .ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
                (await App.CreateClient().RegisterAsync(email)).EnsureSuccessStatusCode()));

        // Executed once by each module that subscribes (Notifications, Privacy): the same one event.
        session.Executed.MessagesOf<UserRegistered>().Select(e => e.EventId).Distinct().Count().ShouldBe(1);
        session.Executed.MessagesOf<UserRegistered>().First().Email.ShouldBe(email);
        (await App.Smtp.WaitForAsync(email)).Subject.ShouldBe("Confirm your SmartRoom account");
        await QuietAsync();
        (await App.Database.CountAsync("notifications", "EmailDeliveries")).ShouldBe(1);
    }

    [Fact]
    public async Task The_same_event_delivered_twice_sends_one_email()
    {
        var email = IdentityApi.NewEmail("twice");
        var sealedCode = App.Services.GetRequiredService<SecretSealer>().Seal(UserRegistered.SecretPurpose, "code");
        var registered = new UserRegistered(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), email, "Twice", sealedCode);

        await App.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).PublishMessageAndWaitAsync(registered);
        await App.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).PublishMessageAndWaitAsync(registered);

        await App.Smtp.WaitForAsync(email);
        await QuietAsync();
        App.Smtp.To(email).Count.ShouldBe(1);
        (await App.Database.CountAsync("notifications", "EmailDeliveries")).ShouldBe(1);
    }
}

/// <summary>The host as production runs it: Wolverine loads only pre-generated handler code.</summary>
public sealed class StaticCodegenApp : SmartRoomApp
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("SmartRoom:Messaging:StaticCodegen", "true")];
}

public sealed class StaticCodegenTests(StaticCodegenApp app) : IClassFixture<StaticCodegenApp>
{
    [Fact]
    public async Task With_only_pre_generated_code_a_registration_still_sends_its_email()
    {
        // Stale generated code (a handler added without `codegen write`) fails here, not in production.
        var email = IdentityApi.NewEmail("static");

        (await app.CreateClient().RegisterAsync(email)).EnsureSuccessStatusCode();

        (await app.Smtp.WaitForAsync(email, timeout: TimeSpan.FromSeconds(30))).Subject.ShouldBe("Confirm your SmartRoom account");
    }
}
