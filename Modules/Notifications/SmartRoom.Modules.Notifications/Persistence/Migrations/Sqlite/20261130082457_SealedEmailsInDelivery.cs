using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.Notifications.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class SealedEmailsInDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SealedContent",
                table: "notifications_EmailDeliveries",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SealedContent",
                table: "notifications_EmailDeliveries");
        }
    }
}
