using System.Text;

namespace SmartRoom.Modules.DealRooms.Features.ExportRoomAudit;

internal sealed class ExportRoomAuditValidator : AbstractValidator<ExportRoomAudit>
{
    public ExportRoomAuditValidator() => AuditFilter.AddRules(this);
}
