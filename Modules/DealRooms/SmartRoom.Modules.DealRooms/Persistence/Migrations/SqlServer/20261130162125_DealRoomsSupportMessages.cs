using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.DealRooms.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class DealRoomsSupportMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MayReadMessages",
                schema: "dealrooms",
                table: "SupportAccessRequests",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MayReadMessages",
                schema: "dealrooms",
                table: "SupportAccessRequests");
        }
    }
}
