using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Wolverine.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Documents;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Domain;

internal static class FileNameRules
{
    /// <summary>A plain name: no path (no traversal), no control characters, not "." or "..".</summary>
    public static IRuleBuilderOptions<T, string> FileName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(255)
            .Must(n => n is null || (!n.Any(char.IsControl) && n.IndexOfAny(['/', '\\', ':']) < 0 && n.Trim() is not ("." or "..") && n.Trim().Length > 0))
            .WithMessage("The file name must be a plain name: no folders, colons or control characters.");
}
