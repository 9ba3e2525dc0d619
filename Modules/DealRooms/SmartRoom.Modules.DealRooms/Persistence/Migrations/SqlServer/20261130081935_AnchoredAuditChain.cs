using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.DealRooms.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class AnchoredAuditChain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HashVersion",
                schema: "dealrooms",
                table: "AuditRecords",
                type: "int",
                nullable: false,
                defaultValue: 1); // rows written before this migration carry the plain SHA-256 hash (AuditChain.PlainSha256)

            migrationBuilder.AddColumn<string>(
                name: "KeyId",
                schema: "dealrooms",
                table: "AuditRecords",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditChainHeads",
                schema: "dealrooms",
                columns: table => new
                {
                    RoomId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Seq = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    LegacyThroughSeq = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    KeyId = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Mac = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHeads", x => x.RoomId);
                });

            migrationBuilder.CreateTable(
                name: "AuditCheckpoints",
                schema: "dealrooms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RoomId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Seq = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    KeyId = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Signature = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditCheckpoints", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditCheckpoints_RoomId_Seq",
                schema: "dealrooms",
                table: "AuditCheckpoints",
                columns: new[] { "RoomId", "Seq" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditChainHeads",
                schema: "dealrooms");

            migrationBuilder.DropTable(
                name: "AuditCheckpoints",
                schema: "dealrooms");

            migrationBuilder.DropColumn(
                name: "HashVersion",
                schema: "dealrooms",
                table: "AuditRecords");

            migrationBuilder.DropColumn(
                name: "KeyId",
                schema: "dealrooms",
                table: "AuditRecords");
        }
    }
}
