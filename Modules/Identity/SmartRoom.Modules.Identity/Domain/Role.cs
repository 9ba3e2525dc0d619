using Microsoft.AspNetCore.Identity;

namespace SmartRoom.Modules.Identity.Domain;

internal sealed class Role : IdentityRole<Guid>;
