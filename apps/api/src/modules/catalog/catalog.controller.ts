import { Body, Controller, Get, Param, ParseIntPipe, Patch, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CatalogNodeView, StaffCatalogNodeView, StaffRole } from '@govopen/contracts';
import { Actor, StaffPrincipal } from '../../common/actor';
import { AppException } from '../../common/app-exception';
import { CurrentStaff, RequestActor } from '../../common/request-context';
import { Roles, StaffAuthGuard } from '../session/staff-auth.guard';
import { UpdateCatalogNodeDto } from './dto/update-catalog-node.dto';
import { CatalogService } from './catalog.service';

@ApiTags('主动公开目录')
@Controller('catalog')
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  /** The tree, each node with `children`: public, no sign-in. */
  @ApiOperation({ summary: '主动公开目录' })
  @Get()
  tree(): Promise<CatalogNodeView[]> {
    return this.catalog.publicTree();
  }
}

@ApiTags('主动公开目录（管理）')
@ApiBearerAuth()
@Controller('admin/catalog')
@UseGuards(StaffAuthGuard)
export class CatalogAdminController {
  constructor(private readonly catalog: CatalogService) {}

  /** With owner units and whether each node is on time against its update rule. */
  @ApiOperation({ summary: '主动公开目录（含责任科室与更新情况）' })
  @Get()
  tree(@CurrentStaff() staff: StaffPrincipal): Promise<StaffCatalogNodeView[]> {
    return this.catalog.staffTree(staff);
  }

  /** 公开办 maintains the catalog: wording, owner units, update rule, and the event date a rule counts from. */
  @ApiOperation({ summary: '修改目录节点' })
  @Patch(':id')
  @Roles(StaffRole.OFFICE_HEAD, StaffRole.SYSTEM_ADMIN)
  update(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('id', new ParseIntPipe({ exceptionFactory: () => AppException.notFound('目录节点不存在') })) id: number,
    @Body() body: UpdateCatalogNodeDto,
    @RequestActor() actor: Actor,
  ): Promise<StaffCatalogNodeView[]> {
    return this.catalog.update(staff, id, body, actor);
  }
}
