import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In } from 'typeorm';
import { Consultation, ConsultationComment } from '../consultation/consultation.entity';
import { DisclosureRequest } from '../disclosure-request/disclosure-request.entity';
import { Message } from '../message/message.entity';

/** Whose cases: the whole agency, or one unit's (null: the cases no unit has yet). */
export interface StatisticsScope {
  agencyId: number;
  unitId?: number | null;
}

@Injectable()
export class StatisticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Cases received, closed or due in the year: every case any figure of the year can count. */
  requestRows(scope: StatisticsScope, year: number): Promise<Pick<DisclosureRequest, 'unitId' | 'receivedDate' | 'dueDate' | 'closedDate' | 'outcome'>[]> {
    const query = this.dataSource
      .getRepository(DisclosureRequest)
      .createQueryBuilder('request')
      .select(['request.unitId', 'request.receivedDate', 'request.dueDate', 'request.closedDate', 'request.outcome'])
      .where('request.agency_id = :agencyId', { agencyId: scope.agencyId })
      .andWhere(
        new Brackets((where) =>
          where
            .where('request.received_date BETWEEN :start AND :end')
            .orWhere('request.closed_date BETWEEN :start AND :end')
            .orWhere('request.due_date BETWEEN :start AND :end'),
        ),
      )
      .setParameters({ start: `${year}-01-01`, end: `${year}-12-31` });
    if (scope.unitId !== undefined) query.andWhere(scope.unitId === null ? 'request.unit_id IS NULL' : 'request.unit_id = :unitId', { unitId: scope.unitId });
    return query.getMany();
  }

  /** Messages received or answered in the year. */
  messageRows(scope: StatisticsScope, year: number): Promise<Pick<Message, 'board' | 'receivedDate' | 'repliedDate' | 'dueDate' | 'status' | 'rating'>[]> {
    const query = this.dataSource
      .getRepository(Message)
      .createQueryBuilder('message')
      .select(['message.board', 'message.receivedDate', 'message.repliedDate', 'message.dueDate', 'message.status', 'message.rating'])
      .where('message.agency_id = :agencyId', { agencyId: scope.agencyId })
      .andWhere(new Brackets((where) => where.where('message.received_date BETWEEN :start AND :end').orWhere('message.replied_date BETWEEN :start AND :end')))
      .setParameters({ start: `${year}-01-01`, end: `${year}-12-31` });
    if (scope.unitId !== undefined) query.andWhere(scope.unitId === null ? 'message.unit_id IS NULL' : 'message.unit_id = :unitId', { unitId: scope.unitId });
    return query.getMany();
  }

  /** Published consultations whose window ends in the year, with their approved comments' decisions. */
  async consultationRows(scope: StatisticsScope, year: number): Promise<{ consultation: Pick<Consultation, 'id' | 'endDate' | 'adoptionPublishedAt'>; comments: Pick<ConsultationComment, 'decision'>[] }[]> {
    const query = this.dataSource
      .getRepository(Consultation)
      .createQueryBuilder('consultation')
      .select(['consultation.id', 'consultation.endDate', 'consultation.adoptionPublishedAt'])
      .where('consultation.agency_id = :agencyId', { agencyId: scope.agencyId })
      .andWhere('consultation.published = :published', { published: true })
      .andWhere('consultation.end_date BETWEEN :start AND :end', { start: `${year}-01-01`, end: `${year}-12-31` });
    if (scope.unitId !== undefined) query.andWhere(scope.unitId === null ? 'consultation.unit_id IS NULL' : 'consultation.unit_id = :unitId', { unitId: scope.unitId });
    const consultations = await query.getMany();
    const comments = consultations.length
      ? await this.dataSource.getRepository(ConsultationComment).find({ where: { consultationId: In(consultations.map((item) => item.id)), status: 'approved' }, select: { consultationId: true, decision: true } })
      : [];
    return consultations.map((consultation) => ({ consultation, comments: comments.filter((comment) => comment.consultationId === consultation.id) }));
  }
}
