using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Jobs;
using SmartRoom.Modules.Privacy.Features.CloseBreach;
using SmartRoom.Modules.Privacy.Features.GetBreach;
using SmartRoom.Modules.Privacy.Features.ListAffectedPeople;
using SmartRoom.Modules.Privacy.Features.ListBreaches;
using SmartRoom.Modules.Privacy.Features.NotifyAffectedPeople;
using SmartRoom.Modules.Privacy.Features.NotifyControllers;
using SmartRoom.Modules.Privacy.Features.RecordRegulatorNotification;
using SmartRoom.Modules.Privacy.Features.RegisterBreach;
using SmartRoom.Modules.Privacy.Features.SelectAffectedPeople;
using SmartRoom.Modules.Privacy.Features.UpdateBreach;
using SmartRoom.Modules.Privacy.Jobs;

namespace SmartRoom.Modules.Privacy;

/// <summary>
/// The breach register's part of the module: its data categories, the privacy team that hears the 72-hour clock,
/// the <c>privacy:breach-clock</c> job, and its endpoints under <c>/admin/privacy/breaches</c> (privacy officers).
/// </summary>
internal static class BreachRegisterSetup
{
    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        BreachDataCategories.Register(services);
        services.AddSingleton(PrivacyTeamOptions.From(configuration));
        services.AddSingleton<PrivacyTeam>();
        services.AddRecurringJob<BreachClockJob>(BreachClockJob.Id, BreachClockJob.Schedule);
    }

    /// <summary>Maps the register's endpoints on <c>/admin/privacy/breaches</c> (a group that already requires a privacy officer).</summary>
    public static void Map(IEndpointRouteBuilder breaches)
    {
        RegisterBreachEndpoint.Map(breaches);
        ListBreachesEndpoint.Map(breaches);
        GetBreachEndpoint.Map(breaches);
        UpdateBreachEndpoint.Map(breaches);
        RecordRegulatorNotificationEndpoint.Map(breaches);
        CloseBreachEndpoint.Map(breaches);
        SelectAffectedPeopleEndpoint.Map(breaches);
        ListAffectedPeopleEndpoint.Map(breaches);
        NotifyControllersEndpoint.Map(breaches);
        NotifyAffectedPeopleEndpoint.Map(breaches);
    }
}
