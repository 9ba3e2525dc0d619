using System.IO.Compression;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Wolverine.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.DealRooms.Documents;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.UploadZip;

internal sealed class UploadZipValidator : AbstractValidator<UploadZip>
{
    public UploadZipValidator() =>
        RuleFor(x => x.FileName).MaximumLength(255).Must(n => n is null || !n.Any(char.IsControl))
            .WithMessage("The zip's file name may not contain control characters.");
}
