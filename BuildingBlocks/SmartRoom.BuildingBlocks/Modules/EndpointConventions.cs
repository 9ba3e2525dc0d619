using System.Reflection;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.BuildingBlocks.Configuration;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Persistence;
using SmartRoom.BuildingBlocks.Platform;
using SmartRoom.BuildingBlocks.Security;

namespace SmartRoom.BuildingBlocks.Modules;

/// <summary>Shared endpoint conventions.</summary>
public static class EndpointConventions
{
    /// <summary>Every endpoint states its rule; a test fails on one that states none.</summary>
    public static TBuilder Public<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AllowAnonymous();

    /// <summary>Open to a signed-in person who still owes the acceptance of a material privacy policy version.</summary>
    public static TBuilder AllowBeforePolicyAcceptance<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AllowBeforePolicyAcceptanceAttribute());
}
