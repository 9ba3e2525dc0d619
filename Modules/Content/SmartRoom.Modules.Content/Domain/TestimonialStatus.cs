namespace SmartRoom.Modules.Content.Domain;

internal enum TestimonialStatus
{
    Pending,
    Approved,
    Rejected,
    Unpublished,
    Withdrawn,
}
