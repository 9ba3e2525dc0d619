using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Notifications.Domain;

/// <summary>The personal data Notifications keeps, declared for Privacy's data map, retention schedule and policy text.</summary>
internal static class NotificationsDataCategories
{
    public const string Module = "Notifications";
    public const string DeliveryLog = "notifications.delivery-log";
    public const string InAppFeed = "notifications.in-app-feed";
    public const string DigestItems = "notifications.digest-items";
    public const string Preferences = "notifications.preferences";
    public const string SuppressedAddresses = "notifications.suppressed-addresses";

    /// <summary>Keys of this module's categories start with this: a sweep for any other key is not Notifications'.</summary>
    public const string KeyPrefix = "notifications.";

    private const string Operators = "No one outside SmartRoom's operators.";

    public static void Register(IServiceCollection services)
    {
        services.AddSingleton(new DataCategory(
            DeliveryLog, Module, "Email delivery log",
            "Each email we sent you: address, subject, a copy with codes and links removed, delivery status and the mail server's answers.",
            "To deliver email reliably and show that it was sent.",
            "Legitimate interest (reliable delivery)", "Our outgoing mail server.",
            new RetentionRule(365, "after the email was queued")));
        services.AddSingleton(new DataCategory(
            InAppFeed, Module, "In-app notices",
            "The notices shown in your SmartRoom feed and whether you read them.",
            "To tell you what happened in your rooms and your account.",
            "Contract", Operators,
            new RetentionRule(365, "after the notice")));
        services.AddSingleton(new DataCategory(
            DigestItems, Module, "Daily summary items",
            "Notices waiting for your daily summary email, with your name and address.",
            "To send the daily summary you chose.",
            "Contract", Operators,
            new RetentionRule(30, "after the notice")));
        services.AddSingleton(new DataCategory(
            Preferences, Module, "Notification preferences",
            "How you chose to be told about each kind of notice (immediately, daily, not at all).",
            "To honour your choices.",
            "Contract", Operators,
            new RetentionRule(null, "while the account exists")));
        services.AddSingleton(new DataCategory(
            SuppressedAddresses, Module, "Undeliverable addresses",
            "Addresses the mail server refused permanently, with its reason.",
            "To stop sending to an address that cannot receive mail.",
            "Legitimate interest (reliable delivery)", Operators,
            new RetentionRule(null, "until an administrator lifts the block")));
    }
}
