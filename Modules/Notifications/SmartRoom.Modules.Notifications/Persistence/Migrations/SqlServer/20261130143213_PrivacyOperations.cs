using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.Notifications.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class PrivacyOperations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "SourceEventId",
                schema: "notifications",
                table: "EmailDeliveries",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MarketingConsents",
                schema: "notifications",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Granted = table.Column<bool>(type: "bit", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketingConsents", x => x.UserId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MarketingConsents_Granted",
                schema: "notifications",
                table: "MarketingConsents",
                column: "Granted");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MarketingConsents",
                schema: "notifications");

            migrationBuilder.DropColumn(
                name: "SourceEventId",
                schema: "notifications",
                table: "EmailDeliveries");
        }
    }
}
