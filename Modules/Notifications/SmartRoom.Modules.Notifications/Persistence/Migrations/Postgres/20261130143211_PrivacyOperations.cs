using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.Notifications.Persistence.Migrations.Postgres
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
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MarketingConsents",
                schema: "notifications",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Granted = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
