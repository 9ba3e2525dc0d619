using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.Notifications.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class SealedEmailsInDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SealedContent",
                schema: "notifications",
                table: "EmailDeliveries",
                type: "nvarchar(max)",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SealedContent",
                schema: "notifications",
                table: "EmailDeliveries");
        }
    }
}
