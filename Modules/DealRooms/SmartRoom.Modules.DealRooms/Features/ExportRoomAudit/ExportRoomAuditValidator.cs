using System.Text;
using FluentValidation;
using SmartRoom.Modules.DealRooms.Domain;

namespace SmartRoom.Modules.DealRooms.Features.ExportRoomAudit;

internal sealed class ExportRoomAuditValidator : AbstractValidator<ExportRoomAudit>
{
    public ExportRoomAuditValidator() => AuditFilter.AddRules(this);
}
