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

internal static class DocumentVersionFactory
{
    public static DocumentVersion From(Guid documentId, int version, StoredContent stored, DateTimeOffset now, Guid by) => new()
    {
        DocumentId = documentId,
        Version = version,
        BlobName = stored.BlobName,
        Size = stored.Size,
        Sha256 = stored.Sha256,
        ContentType = stored.ContentType,
        KeyId = stored.KeyId,
        WrappedKey = stored.WrappedKey,
        NoncePrefix = stored.NoncePrefix,
        HeaderLength = stored.HeaderLength,
        CreatedAt = now,
        CreatedBy = by,
    };
}
