using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.DealRooms.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class RoomTermsSettingsAndSupportAccess : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IpAllowList",
                schema: "dealrooms",
                table: "Rooms",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TermsHash",
                schema: "dealrooms",
                table: "Rooms",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TermsText",
                schema: "dealrooms",
                table: "Rooms",
                type: "nvarchar(max)",
                maxLength: 100000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "TermsUpdatedAt",
                schema: "dealrooms",
                table: "Rooms",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TermsVersion",
                schema: "dealrooms",
                table: "Rooms",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "WatermarkDownloads",
                schema: "dealrooms",
                table: "Rooms",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "LastSeenAt",
                schema: "dealrooms",
                table: "Members",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SupportAccessRequests",
                schema: "dealrooms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoomId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequesterEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RequesterName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    MayViewDocuments = table.Column<bool>(type: "bit", nullable: false),
                    RevokedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportAccessRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TermsAcceptances",
                schema: "dealrooms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoomId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TermsVersion = table.Column<int>(type: "int", nullable: false),
                    TermsHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    IpAddress = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    UserAgent = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TermsAcceptances", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SupportAccessRequests_RoomId_RequestedBy",
                schema: "dealrooms",
                table: "SupportAccessRequests",
                columns: new[] { "RoomId", "RequestedBy" });

            migrationBuilder.CreateIndex(
                name: "IX_TermsAcceptances_RoomId_UserId_TermsHash",
                schema: "dealrooms",
                table: "TermsAcceptances",
                columns: new[] { "RoomId", "UserId", "TermsHash" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SupportAccessRequests",
                schema: "dealrooms");

            migrationBuilder.DropTable(
                name: "TermsAcceptances",
                schema: "dealrooms");

            migrationBuilder.DropColumn(
                name: "IpAllowList",
                schema: "dealrooms",
                table: "Rooms");

            migrationBuilder.DropColumn(
                name: "TermsHash",
                schema: "dealrooms",
                table: "Rooms");

            migrationBuilder.DropColumn(
                name: "TermsText",
                schema: "dealrooms",
                table: "Rooms");

            migrationBuilder.DropColumn(
                name: "TermsUpdatedAt",
                schema: "dealrooms",
                table: "Rooms");

            migrationBuilder.DropColumn(
                name: "TermsVersion",
                schema: "dealrooms",
                table: "Rooms");

            migrationBuilder.DropColumn(
                name: "WatermarkDownloads",
                schema: "dealrooms",
                table: "Rooms");

            migrationBuilder.DropColumn(
                name: "LastSeenAt",
                schema: "dealrooms",
                table: "Members");
        }
    }
}
