using System.Reflection;
using System.Text.RegularExpressions;
using FluentValidation;
using Mediator;
using SmartRoom.BuildingBlocks.Contracts;
using SmartRoom.BuildingBlocks.Errors;

namespace SmartRoom.ArchitectureTests;

/// <summary>docs/conventions.md §3 (a slice) and §6 (between modules) as tests.</summary>
public sealed partial class SliceConventionTests
{
    private static readonly Type[] HandlerInterfaces =
        [typeof(ICommandHandler<,>), typeof(IQueryHandler<,>), typeof(IRequestHandler<,>), typeof(INotificationHandler<>)];

    private static IEnumerable<Type> ModuleTypes => Solution.Modules.SelectMany(a => a.GetTypes()).Where(t => !IsCompilerGenerated(t));

    [Fact]
    public void Handlers_are_internal_sealed_and_named_after_their_request()
    {
        var handlers = ModuleTypes.Where(t => Closes(t, HandlerInterfaces)).ToList();
        handlers.ShouldNotBeEmpty();
        foreach (var handler in handlers)
        {
            handler.IsVisible.ShouldBeFalse($"{handler.Name} must not be public (Wolverine would register it too)");
            handler.IsSealed.ShouldBeTrue($"{handler.Name} must be sealed");
            var request = handler.GetInterfaces().First(i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition())).GetGenericArguments()[0];
            handler.Name.ShouldBe(request.Name + "Handler");
        }
    }

    [Fact]
    public void Requests_are_internal_immutable_records_answering_with_a_result()
    {
        var requests = ModuleTypes.Where(t => typeof(IMessage).IsAssignableFrom(t) && !t.IsInterface).ToList();
        requests.ShouldNotBeEmpty();
        foreach (var request in requests)
        {
            request.IsVisible.ShouldBeFalse($"{request.Name} stays inside its module");
            request.GetMethod("<Clone>$").ShouldNotBeNull($"{request.Name} must be a record");
            request.GetProperties().Where(p => p.SetMethod?.IsPublic == true && !IsInitOnly(p))
                .ShouldBeEmpty($"{request.Name} must be immutable");
            var response = request.GetInterfaces().Where(i => i.IsGenericType).Select(i => i.GetGenericArguments()[0]).First();
            response.IsGenericType.ShouldBeTrue();
            response.GetGenericTypeDefinition().ShouldBe(typeof(Result<>), $"{request.Name} must answer with Result<T>");
        }
    }

    [Fact]
    public void Queries_are_named_Get_or_List()
    {
        var queries = ModuleTypes.Where(t => Closes(t, [typeof(IQuery<>)])).ToList();
        queries.ShouldNotBeEmpty();
        foreach (var query in queries)
        {
            query.Name.ShouldMatch("^(Get|List)[A-Z]", $"{query.Name} is a query");
        }
    }

    [Fact]
    public void Validators_are_internal_sealed_and_named_after_their_request()
    {
        var validators = ModuleTypes.Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(AbstractValidator<>)).ToList();
        validators.ShouldNotBeEmpty();
        foreach (var validator in validators)
        {
            validator.IsVisible.ShouldBeFalse();
            validator.IsSealed.ShouldBeTrue();
            validator.Name.ShouldBe(validator.BaseType!.GetGenericArguments()[0].Name + "Validator");
        }
    }

    [Fact]
    public void Integration_events_are_sealed_past_tense_records_with_a_stable_versioned_name()
    {
        var events = Solution.Contracts.SelectMany(a => a.GetTypes()).Where(t => typeof(IIntegrationEvent).IsAssignableFrom(t) && !t.IsInterface).ToList();
        events.ShouldNotBeEmpty();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var evt in events)
        {
            evt.IsSealed.ShouldBeTrue();
            evt.GetMethod("<Clone>$").ShouldNotBeNull($"{evt.Name} must be a record");
            PastTense().IsMatch(evt.Name).ShouldBeTrue($"{evt.Name}: events are named in the past tense");
            var module = Solution.ModuleName(evt.Assembly).ToLowerInvariant();
            var identity = evt.GetCustomAttribute<MessageIdentityAttribute>()?.Name;
            identity.ShouldNotBeNull($"{evt.Name} needs [MessageIdentity]");
            identity.ShouldMatch($@"^{module}\.[a-z0-9]+(-[a-z0-9]+)*\.v[0-9]+$");
            names.Add(identity).ShouldBeTrue($"{identity} is used twice");
        }
    }

    [Fact]
    public void Wolverine_adapters_are_public_static_handler_classes_or_message_records_in_IntegrationEvents()
    {
        var adapters = Solution.Modules.SelectMany(m => m.GetTypes())
            .Where(t => t.Namespace?.EndsWith(".IntegrationEvents", StringComparison.Ordinal) == true && !IsCompilerGenerated(t)).ToList();
        adapters.ShouldNotBeEmpty();
        adapters.ShouldContain(t => t.Name.EndsWith("Handler", StringComparison.Ordinal));
        foreach (var type in adapters)
        {
            type.IsPublic.ShouldBeTrue($"{type.Name} must be public for Wolverine");
            if (type.GetMethod("<Clone>$") is not null)
            {
                // A message of the module's own durable queue.
                type.IsSealed.ShouldBeTrue();
                continue;
            }

            (type.IsAbstract && type.IsSealed).ShouldBeTrue($"{type.Name} must be a static class");
            type.Name.ShouldEndWith("Handler");
        }
    }

    /// <summary>A word of the name in the past tense: "UserRegistered", "SignedInFromNewDevice", "EmailSent".</summary>
    [GeneratedRegex("(?:[a-z]ed|Sent|Made|Built|Held|Paid|Taken|Given|Done)(?=[A-Z]|$)")]
    private static partial Regex PastTense();

    private static bool Closes(Type type, Type[] openGenerics) =>
        !type.IsAbstract && type.GetInterfaces().Any(i => i.IsGenericType && openGenerics.Contains(i.GetGenericTypeDefinition()));

    private static bool IsInitOnly(PropertyInfo property) =>
        property.SetMethod!.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit");

    private static bool IsCompilerGenerated(Type type) =>
        type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)) || type.Name.Contains('<', StringComparison.Ordinal);
}
